// One forecast scored against what happened, and a list of such scores totalled. Every forecaster
// (the model and each baseline) goes through the same function, so their log losses compare.
import type { ExpectedOutcome, Scenario } from '../../domain/types.js';
import { CONSENSUS_TEXT, type ReportedEvent } from '../consensusText.js';
import { brier, logLoss, mean, smoothed } from '../stats.js';

export interface Score {
  /** Forecast probability of the event (a consensus text agreed, or a resolution adopted). */
  p: number;
  hit: boolean;
  brier: number;
  logLoss: number;
}

export interface Totals {
  cases: number;
  accuracy: number | null;
  meanBrier: number | null;
  logLoss: number | null;
}

/** The event scored: a consensus text under consensus (whatever the product), adoption under a vote rule. */
export const eventOf = (scenario: Pick<Scenario, 'rules'>): ReportedEvent =>
  scenario.rules.decisionRule === 'consensus' ? CONSENSUS_TEXT : 'adopted';

/**
 * Whether the real outcome counts as the event. The record says `joint-statement` when a text was
 * agreed; `chair-statement` (a standing one too), `no-statement` and `no-joint-statement` when none was.
 */
export const happened = (real: ExpectedOutcome['outcome'], event: ReportedEvent): boolean =>
  real === (event === CONSENSUS_TEXT ? 'joint-statement' : event);

/**
 * A forecast p scored as if it were k = p * n of n runs: the log score uses (k + 1/2) / (n + 1)
 * for the probability of what happened. For the model p is k / n, so this is its smoothing as
 * before; a baseline's certain forecast (always-joint's 1) gets the same floor as a model that
 * put all n runs on one side, instead of an infinite loss.
 */
export function score(p: number, n: number, wasEvent: boolean): Score {
  const k = p * n;
  const pReal = wasEvent ? smoothed(k, n) : smoothed(n - k, n);
  return { p, hit: p >= 0.5 === wasEvent, brier: brier(p, wasEvent), logLoss: logLoss(pReal) };
}

export function totals(scores: readonly Score[]): Totals {
  return {
    cases: scores.length,
    accuracy: mean(scores.map((s) => (s.hit ? 1 : 0))),
    meanBrier: mean(scores.map((s) => s.brier)),
    logLoss: mean(scores.map((s) => s.logLoss)),
  };
}
