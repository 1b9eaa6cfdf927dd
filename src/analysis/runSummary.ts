// What analysis keeps of one run: small enough to ship between workers by the thousand.
import type { OutcomeKind, RunResult, Vote } from '../domain/types.js';
import { adoptedText } from './consensusText.js';

export interface RunSummary {
  outcome: OutcomeKind;
  /** Whether a consensus text was adopted (consensusText.ts), beside whatever the product. */
  consensusText: boolean;
  rounds: number;
  /** Rung of the Ukraine paragraph of an adopted text (`omit` when it has none); null when none was adopted. */
  ukraine: string | null;
  votes: Record<string, Vote> | null;
}

export function summarize(result: RunResult): RunSummary {
  const text = adoptedText(result);
  const ukraine = text ? (text.paragraphs.find((p) => p.issue === 'ukraine')?.rung ?? 'omit') : null;
  return { outcome: result.outcome, consensusText: text !== null, rounds: result.rounds, ukraine, votes: result.votes };
}
