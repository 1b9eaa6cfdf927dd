// What a paired comparison found: for each event, its share under A and under B on the same seeds,
// the difference B - A with Newcombe's paired interval, and how many seeds it appeared or vanished
// on; and which product changed into which, seed by seed. Pure: the runs are made elsewhere.
import { OUTCOMES, type DecisionRule, type OutcomeKind } from '../domain/types.js';
import { CONSENSUS_TEXT, happened, type EventFacts, type ReportedEvent } from './consensusText.js';
import { pairedDifference } from './pairedInterval.js';
import { reportedOutcomes } from './reportedOutcomes.js';

export interface PairedEvent {
  event: ReportedEvent;
  /** Seeds on which it happened under A, under B. */
  hitsA: number;
  hitsB: number;
  pA: number;
  pB: number;
  /** pB - pA, and its 95% interval (Newcombe's method 10 for paired proportions). */
  difference: number;
  lo: number;
  hi: number;
  /** Seeds on which it happened under B but not A (gained), under A but not B (lost). */
  gained: number;
  lost: number;
}

/** Seeds whose product went from `from` under A to `to` under B. */
export interface Transition {
  from: OutcomeKind;
  to: OutcomeKind;
  seeds: number;
}

export interface PairedReport {
  /** Pairs (seeds run under both arms) counted. */
  pairs: number;
  events: PairedEvent[];
  /** Seeds whose product differs between the arms, and how. */
  changed: number;
  transitions: Transition[];
}

/** One event's 2x2 table over the pairs, and its shares and difference. */
function pairedEvent(event: ReportedEvent, pairs: readonly (readonly [EventFacts, EventFacts])[]): PairedEvent {
  let both = 0;
  let gained = 0;
  let lost = 0;
  for (const [a, b] of pairs) {
    const inA = happened(a, event);
    const inB = happened(b, event);
    if (inA && inB) both++;
    else if (inB) gained++;
    else if (inA) lost++;
  }
  const n = pairs.length;
  const neither = n - both - gained - lost;
  // First: B, second: A, so the difference reads B - A.
  const d = pairedDifference({ both, onlyFirst: gained, onlySecond: lost, neither });
  return {
    event,
    hitsA: both + lost,
    hitsB: both + gained,
    pA: n === 0 ? 0 : (both + lost) / n,
    pB: n === 0 ? 0 : (both + gained) / n,
    difference: d.difference,
    lo: d.lo,
    hi: d.hi,
    gained,
    lost,
  };
}

/**
 * The report over the pairs (A's run and B's run of one seed). Lists every product either arm's
 * decision rule can end with (a zero shows as a zero) and any other seen, then consensus-text.
 */
export function pairedReport(
  pairs: readonly (readonly [EventFacts, EventFacts])[],
  rules: readonly [DecisionRule, DecisionRule],
): PairedReport {
  const seen = new Set(pairs.flatMap(([a, b]) => [a.outcome, b.outcome]));
  const listed = new Set(rules.flatMap((rule) => reportedOutcomes(rule, (o) => seen.has(o))));
  const events: ReportedEvent[] = [...OUTCOMES.filter((o) => listed.has(o)), CONSENSUS_TEXT];
  const moves = new Map<string, Transition>();
  for (const [a, b] of pairs) {
    if (a.outcome === b.outcome) continue;
    const key = `${a.outcome}>${b.outcome}`;
    const move = moves.get(key) ?? moves.set(key, { from: a.outcome, to: b.outcome, seeds: 0 }).get(key)!;
    move.seeds++;
  }
  const order = (o: OutcomeKind) => OUTCOMES.indexOf(o);
  const transitions = [...moves.values()].sort(
    (x, y) => y.seeds - x.seeds || order(x.from) - order(y.from) || order(x.to) - order(y.to),
  );
  return {
    pairs: pairs.length,
    events: events.map((event) => pairedEvent(event, pairs)),
    changed: transitions.reduce((n, t) => n + t.seeds, 0),
    transitions,
  };
}
