// A sequence sweep's summary as text: each meeting's odds, the most common combinations of the
// meetings' outcomes, and the conditional odds (each meeting given the one before, or --given).
import { CONSENSUS_TEXT } from '../analysis/consensusText.js';
import type { Shard } from '../analysis/sweepLine.js';
import { formatShard } from '../analysis/sweepPlan.js';
import { safeText } from '../present/safeText.js';
import { WALKOUT, type Condition, type Share, type SequenceSweepSummary } from '../sequence/sweep/chainSummary.js';

const NOTES: Record<string, string> = {
  [CONSENSUS_TEXT]: `${CONSENSUS_TEXT} (a text agreed)`,
  [WALKOUT]: `${WALKOUT} (anyone, on anyone)`,
};

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const interval = (s: Share) => `${pct(s.p).padStart(6)}  [${pct(s.lo).padStart(6)}, ${pct(s.hi).padStart(6)}]`;

export function formatChainSweep(s: SequenceSweepSummary, shard: Shard | null = null): string {
  const n = s.completed - s.errors;
  const lines = [
    `${safeText(s.sequence)}: ${s.completed} of ${s.runs} chains (master seed ${safeText(s.seed)}; chain i on seed ${safeText(s.seed)}/i)` +
      (s.errors ? `, ${s.errors} failed (error lines)` : ''),
  ];
  if (shard) lines.push(`  shard ${formatShard(shard)}: merge the shards' files for the whole sweep`);
  lines.push('', `Each meeting (of ${n} chains)          P       95% interval`);
  s.meetings.forEach((m, k) => {
    lines.push(`${k + 1}. ${safeText(m.id)} (${m.date})`);
    for (const e of m.events) lines.push(`   ${(NOTES[e.event] ?? e.event).padEnd(32)} ${interval(e)}`);
    if (m.walkouts.length > 0)
      lines.push(`     most often: ${m.walkouts.map((w) => `${safeText(w.walkout)} ${pct(w.p)}`).join(', ')}`);
    const text = m.texts[0];
    if (text)
      lines.push(
        `     text agreed most often (${pct(text.p)}): ${Object.entries(text.text)
          .map(([issue, rung]) => `${safeText(issue)}=${safeText(rung)}`)
          .join(' ')}`,
      );
  });
  lines.push(
    '',
    `Most common combinations (${s.joint.length} of ${s.combinations} seen; +text: a text agreed beside it; +walkout: a walkout there):`,
  );
  for (const row of s.joint) lines.push(`  ${interval(row)}  ${row.outcomes.map(safeText).join(' | ')}`);
  lines.push(
    '',
    s.given.length > 0
      ? `Given ${s.given.map(conditionText).join(', ')}:`
      : 'Each meeting given the one before (a text there, a text here; a walkout there, a walkout here):',
  );
  for (const c of s.conditional)
    lines.push(
      `  P(${safeText(c.meeting)} ${c.event} | ${c.given.map(conditionText).join(', ')})`,
      c.n === 0
        ? '      no chain met the condition'
        : `      ${interval(c)}  of ${c.n} chains; ${pct(c.overall)} over all chains`,
    );
  return lines.join('\n');
}

export function conditionText(c: Condition): string {
  return `${safeText(c.meeting)}${c.holds ? '=' : '!='}${c.event}`;
}
