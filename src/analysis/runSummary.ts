// What analysis keeps of one run: small enough to ship between workers by the thousand.
import type { OutcomeKind, RunResult, Vote } from '../domain/types.js';

export interface RunSummary {
  outcome: OutcomeKind;
  rounds: number;
  /** Rung of the Ukraine paragraph of an adopted text (`omit` when it has none); null when none was adopted. */
  ukraine: string | null;
  votes: Record<string, Vote> | null;
}

const ADOPTED: readonly OutcomeKind[] = ['joint-statement', 'adopted'];

export function summarize(result: RunResult): RunSummary {
  const adopted = ADOPTED.includes(result.outcome);
  const ukraine = adopted ? (result.statement?.paragraphs.find((p) => p.issue === 'ukraine')?.rung ?? 'omit') : null;
  return { outcome: result.outcome, rounds: result.rounds, ukraine, votes: result.votes };
}
