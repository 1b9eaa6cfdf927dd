// What a case's report needs of its runs, counted as they finish: a backtest of a million runs
// per case keeps these few counts, never the runs themselves. Counts do not depend on the order
// runs are added in, so results can be folded in the order workers finish them.
import type { OutcomeKind, Vote } from '../../domain/types.js';
import { CONSENSUS_TEXT, type ReportedEvent } from '../consensusText.js';
import type { RunSummary } from '../runSummary.js';

export interface CaseTally {
  runs: number;
  outcomes: Map<OutcomeKind, number>;
  /** Runs that adopted a consensus text, whatever the product. */
  consensusText: number;
  /** Rung of the Ukraine paragraph of an adopted text -> runs (`omit` included). */
  ukraine: Map<string, number>;
  /** Delegation -> its vote -> runs; a run without the delegation's vote counts as absent (voteCounts). */
  votes: Map<string, Map<Vote, number>>;
}

export function emptyCaseTally(): CaseTally {
  return { runs: 0, outcomes: new Map(), consensusText: 0, ukraine: new Map(), votes: new Map() };
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function addRun(tally: CaseTally, run: RunSummary): CaseTally {
  tally.runs++;
  bump(tally.outcomes, run.outcome);
  if (run.consensusText) tally.consensusText++;
  if (run.ukraine !== null) bump(tally.ukraine, run.ukraine);
  for (const [id, vote] of Object.entries(run.votes ?? {})) {
    let counts = tally.votes.get(id);
    if (!counts) tally.votes.set(id, (counts = new Map()));
    bump(counts, vote);
  }
  return tally;
}

export function tallyOf(runs: readonly RunSummary[]): CaseTally {
  return runs.reduce(addRun, emptyCaseTally());
}

/** Runs in which `event` happened. */
export function eventCount(tally: CaseTally, event: ReportedEvent): number {
  return event === CONSENSUS_TEXT ? tally.consensusText : (tally.outcomes.get(event) ?? 0);
}

/** The delegation's votes over every run: runs without its vote count as `absent`. */
export function voteCounts(tally: CaseTally, id: string): Map<Vote, number> {
  const counts = new Map(tally.votes.get(id) ?? []);
  const cast = [...counts.values()].reduce((a, b) => a + b, 0);
  if (cast < tally.runs) counts.set('absent', (counts.get('absent') ?? 0) + tally.runs - cast);
  return counts;
}
