// What a sequence sweep comes to: each meeting's odds (every product it ended with, and a consensus
// text), the joint distribution of the meetings' outcomes (the most common combinations), and
// conditional odds, e.g. P(the ARF agrees a text | ASEAN-Russia agreed none), each with its 95%
// Wilson interval. All of it derives from the tally's joint counts, so merged shards give the same.
import { CONSENSUS_TEXT, happened, REPORTED_EVENTS, type ReportedEvent } from '../../analysis/consensusText.js';
import { proportion } from '../../analysis/stats.js';
import type { OutcomeKind } from '../../domain/types.js';
import type { SequenceSweepHeader } from './chainLine.js';
import { WITH_TEXT, WITH_WALKOUT, type ChainTally } from './chainTally.js';

/** A walkout at the meeting (anyone, on anyone): what carries the chain's memory most. */
export const WALKOUT = 'walkout';
/** What the odds are given for: each product, consensus-text, and a walkout. */
export type ChainEvent = ReportedEvent | typeof WALKOUT;
export const CHAIN_EVENTS: readonly ChainEvent[] = [...REPORTED_EVENTS, WALKOUT];

/** Combinations listed; `combinations` counts them all. */
export const JOINT_SHOWN = 8;
/** Agreed texts and walkouts listed per meeting. */
export const PER_MEETING_SHOWN = 3;

export interface Share {
  count: number;
  p: number;
  lo: number;
  hi: number;
}

export interface Condition {
  meeting: string;
  event: ChainEvent;
  /** False for `MEETING!=EVENT`: the event did not happen there. */
  holds: boolean;
}

export interface MeetingOdds {
  id: string;
  date: string;
  /** Each product seen, then consensus-text (always listed). */
  events: (Share & { event: ChainEvent })[];
  texts: (Share & { text: Record<string, string> })[];
  walkouts: (Share & { walkout: string })[];
}

export interface ConditionalOdds extends Share {
  given: Condition[];
  /** Chains in which the conditions held: the denominator. */
  n: number;
  meeting: string;
  event: ChainEvent;
  /** The same event's share over every chain, for comparison. */
  overall: number;
}

export interface SequenceSweepSummary {
  kind: 'sequence';
  sequence: string;
  seed: string;
  runs: number;
  completed: number;
  errors: number;
  meetings: MeetingOdds[];
  /** Distinct combinations of the meetings' outcomes seen. */
  combinations: number;
  /** The most common: each meeting's product, `+text` where a text was agreed beside it. */
  joint: (Share & { outcomes: string[] })[];
  /** --given: the conditions of `conditional`; empty for the default table (each meeting given the one before). */
  given: Condition[];
  conditional: ConditionalOdds[];
}

/** Whether `event` happened at a meeting, from its token in a joint key. */
function happenedAt(token: string, event: ChainEvent): boolean {
  if (event === WALKOUT) return token.endsWith(WITH_WALKOUT);
  const outcome = token.split('+')[0] as OutcomeKind;
  return happened({ outcome, consensusText: token.includes(WITH_TEXT) }, event);
}

const share = (count: number, n: number): Share => ({ count, ...proportion(count, n) });

const byCount = <T extends { count: number }>(a: T & { key: string }, b: T & { key: string }) =>
  b.count - a.count || (a.key < b.key ? -1 : 1);

type Joint = { key: string; count: number; tokens: string[] }[];
type Count = (keep: (tokens: string[]) => boolean) => number;

export function summarizeChains(
  header: SequenceSweepHeader,
  tally: ChainTally,
  given: readonly Condition[] = [],
): SequenceSweepSummary {
  const joint: Joint = [...tally.joint].map(([key, count]) => ({ key, count, tokens: key.split(' ') }));
  const n = tally.completed - tally.errors;
  const count: Count = (keep) => joint.reduce((sum, row) => sum + (keep(row.tokens) ? row.count : 0), 0);
  const meetings = header.meetings.map((m, k): MeetingOdds => {
    const seen = CHAIN_EVENTS.map((event) => ({ event, count: count((t) => happenedAt(t[k]!, event)) }));
    return {
      ...m,
      events: seen
        .filter((e) => e.count > 0 || e.event === CONSENSUS_TEXT || e.event === WALKOUT)
        .map((e) => ({ event: e.event, ...share(e.count, n) })),
      texts: top(tally.texts[k], n).map(({ key, ...s }) => ({ text: JSON.parse(key) as Record<string, string>, ...s })),
      walkouts: top(tally.walkouts[k], n).map(({ key, ...s }) => ({ walkout: key, ...s })),
    };
  });
  return {
    kind: 'sequence',
    sequence: header.sequence,
    seed: header.seed,
    runs: header.runs,
    completed: tally.completed,
    errors: tally.errors,
    meetings,
    combinations: joint.length,
    joint: joint
      .sort(byCount)
      .slice(0, JOINT_SHOWN)
      .map((row) => ({ outcomes: row.tokens, ...share(row.count, n) })),
    given: [...given],
    conditional: conditionalTable(meetings, given, count, n),
  };
}

/** With no --given, each meeting given the one before (a text there, a text here; a walkout, a walkout); else every other meeting's events under --given. */
function conditionalTable(meetings: MeetingOdds[], given: readonly Condition[], count: Count, n: number) {
  const ids = meetings.map((m) => m.id);
  const holds = (tokens: string[], c: Condition) => happenedAt(tokens[ids.indexOf(c.meeting)]!, c.event) === c.holds;
  const conditional = (conditions: Condition[], meeting: number, event: ChainEvent): ConditionalOdds => {
    const within = count((t) => conditions.every((c) => holds(t, c)));
    const both = count((t) => conditions.every((c) => holds(t, c)) && happenedAt(t[meeting]!, event));
    const overall = n === 0 ? 0 : count((t) => happenedAt(t[meeting]!, event)) / n;
    return { given: conditions, n: within, meeting: ids[meeting]!, event, overall, ...share(both, within) };
  };
  const rows: ConditionalOdds[] = [];
  if (given.length === 0)
    for (let k = 1; k < ids.length; k++)
      for (const event of [CONSENSUS_TEXT, WALKOUT] as const)
        for (const yes of [true, false])
          rows.push(conditional([{ meeting: ids[k - 1]!, event, holds: yes }], k, event));
  else
    ids.forEach((id, k) => {
      if (given.some((c) => c.meeting === id)) return;
      for (const e of meetings[k]!.events) rows.push(conditional([...given], k, e.event));
    });
  return rows;
}

function top(counts: Map<string, number> | undefined, n: number): (Share & { key: string })[] {
  return [...(counts ?? [])]
    .map(([key, count]) => ({ key, count }))
    .sort(byCount)
    .slice(0, PER_MEETING_SHOWN)
    .map(({ key, count }) => ({ key, ...share(count, n) }));
}
