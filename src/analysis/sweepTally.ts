// The running aggregates of a sweep: counts only, so memory stays flat whatever the number of
// runs, and folding is order-free: records folded one by one, or tallies of shards added
// together, give the same tally.
import { isError, type SweepRecord } from './sweepLine.js';

export interface SweepTally {
  /** Records folded: runs that finished and runs that threw. */
  completed: number;
  errors: number;
  /** Runs the event cap cut short. */
  capped: number;
  outcomes: Map<string, number>;
  /** Rounds -> runs that took that many (exact quantiles from a small histogram). */
  rounds: Map<number, number>;
  /** Runs that adopted a text: a consensus text, whatever the product, or one adopted by vote (consensusText.ts). */
  adopted: number;
  /** `issue` -> rung -> adopted runs with that wording. */
  paragraphs: Map<string, Map<string, number>>;
  /** JSON `[actor, issue]` -> runs in which the actor stood in the way on that issue. */
  blockers: Map<string, number>;
}

export const blockerKey = (actor: string, issue: string): string => JSON.stringify([actor, issue]);

export function emptyTally(): SweepTally {
  return {
    completed: 0,
    errors: 0,
    capped: 0,
    outcomes: new Map(),
    rounds: new Map(),
    adopted: 0,
    paragraphs: new Map(),
    blockers: new Map(),
  };
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function addRecord(tally: SweepTally, record: SweepRecord): void {
  tally.completed++;
  if (isError(record)) {
    tally.errors++;
    return;
  }
  const { result } = record;
  bump(tally.outcomes, result.outcome);
  bump(tally.rounds, result.rounds);
  if (result.capped) tally.capped++;
  if (result.text) {
    tally.adopted++;
    for (const [issue, rung] of Object.entries(result.text)) {
      if (!tally.paragraphs.has(issue)) tally.paragraphs.set(issue, new Map());
      bump(tally.paragraphs.get(issue)!, rung);
    }
  }
  // A delegation blocking two rungs of one issue counts once for the run.
  for (const key of new Set(result.blockers.map((b) => blockerKey(b.actor, b.issue)))) bump(tally.blockers, key);
}

/** Adds `from` into `into` (shards of one sweep). */
export function addTally(into: SweepTally, from: SweepTally): void {
  into.completed += from.completed;
  into.errors += from.errors;
  into.capped += from.capped;
  into.adopted += from.adopted;
  for (const [k, n] of from.outcomes) bump(into.outcomes, k, n);
  for (const [k, n] of from.rounds) bump(into.rounds, k, n);
  for (const [k, n] of from.blockers) bump(into.blockers, k, n);
  for (const [issue, rungs] of from.paragraphs) {
    if (!into.paragraphs.has(issue)) into.paragraphs.set(issue, new Map());
    for (const [rung, n] of rungs) bump(into.paragraphs.get(issue)!, rung, n);
  }
}
