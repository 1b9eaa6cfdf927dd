// The text of `run SEQUENCE`: each meeting's outcome (as `run` words it), who walked out, and what
// carried into it from the meetings before, one line per value with its first reason.
import { safeLines } from '../present/lines.js';
import type { CarriedValue, Channel, Sequence, SequenceRun } from '../sequence/types.js';
import { formatOutcome, formatProduct } from './format.js';

/** Carried values shown per meeting; `--json` lists them all. */
export const SHOWN_CARRIED = 12;

export function formatSequenceRun(sequence: Sequence, run: SequenceRun): string {
  const lines = [`${sequence.name} (${sequence.id}): ${sequence.meetings.length} meetings; seed ${run.seed}`];
  for (const m of run.meetings) {
    const { scenario } = m.meeting;
    const r = m.result;
    lines.push(
      '',
      `${m.index + 1}. ${scenario.name} (${scenario.id}), ${scenario.date}; host ${scenario.host}; seed ${m.seed}`,
    );
    if (m.carried.length > 0) {
      lines.push(`   Carried over (${m.carried.length}):`);
      for (const c of mostTelling(m.carried).slice(0, SHOWN_CARRIED)) lines.push(`     ${carriedLine(c)}`);
      if (m.carried.length > SHOWN_CARRIED)
        lines.push(`     ... and ${m.carried.length - SHOWN_CARRIED} more (--json lists all)`);
    } else if (m.index > 0) lines.push('   Carried over: nothing');
    lines.push(...[...formatOutcome(scenario, r), ...formatProduct(scenario, r)].map((l) => `   ${l}`));
    const walkouts = new Map<string, number>();
    for (const e of r.transcript)
      if (e.type === 'walkout')
        walkouts.set(
          `${e.actor} when ${e.speaker} spoke`,
          (walkouts.get(`${e.actor} when ${e.speaker} spoke`) ?? 0) + 1,
        );
    if (walkouts.size > 0)
      lines.push(`   Walkouts: ${[...walkouts].map(([what, n]) => (n > 1 ? `${what} (x${n})` : what)).join(', ')}`);
    if (r.blockers.length > 0)
      lines.push(`   In the way: ${[...new Set(r.blockers.map((b) => `${b.actor} on ${b.issue}`))].join(', ')}`);
  }
  if (run.notes.length > 0) lines.push('', ...run.notes.map((n) => `Note: ${n}`));
  return safeLines(lines);
}

/** `PATH BEFORE -> VALUE (channels: the first reason; N more)`. */
export function carriedLine(c: CarriedValue): string {
  const reasons = c.reason.split(/; | \| /);
  const more = reasons.length > 1 ? ` (+${reasons.length - 1} more)` : '';
  return `${c.path} ${c.before} -> ${c.value}  [${c.channels.join(', ')}] ${reasons[0]!.replace(/^\w+: /, '')}${more}`;
}

/** What a reader looks for first: walkouts and face before the room's mood, which touches everyone. */
const SHOWN_ORDER: readonly Channel[] = ['walkouts', 'face', 'embarrassment', 'precedent', 'grievance', 'mood'];

function mostTelling(carried: readonly CarriedValue[]): CarriedValue[] {
  const rank = (c: CarriedValue) => Math.min(...c.channels.map((channel) => SHOWN_ORDER.indexOf(channel)));
  return [...carried].sort((a, b) => rank(a) - rank(b));
}
