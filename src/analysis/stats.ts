// Scores for probabilistic forecasts: Wilson intervals, Brier and log scores, reliability bins.

/** 95% Wilson score interval of k successes in n trials. */
export function wilson(k: number, n: number, z = 1.96): { lo: number; hi: number } {
  if (n === 0) return { lo: 0, hi: 1 };
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Brier score of a forecast probability p for a binary event that did (1) or did not (0) happen. */
export function brier(p: number, happened: boolean): number {
  return (p - (happened ? 1 : 0)) ** 2;
}

/**
 * The probability given to what happened, smoothed so that a forecast never gives it 0:
 * (k + 1/2) / (n + 1), the Krichevsky-Trofimov estimate, with k of n runs on the real outcome.
 */
export function smoothed(k: number, n: number): number {
  return (k + 0.5) / (n + 1);
}

/** Log score (natural log loss) of a smoothed probability for what happened. */
export function logLoss(pOfWhatHappened: number): number {
  return -Math.log(pOfWhatHappened);
}

export interface ReliabilityBin {
  /** Lower edge of the bin of forecast probabilities, e.g. 0.2 for [0.2, 0.3). */
  from: number;
  to: number;
  cases: number;
  meanForecast: number | null;
  observed: number | null;
}

/** Forecasts in `bins` equal-width bins against how often the event happened in each. */
export function reliability(forecasts: readonly { p: number; happened: boolean }[], bins = 5): ReliabilityBin[] {
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = forecasts.filter((f) => f.p >= from && (f.p < to || (b === bins - 1 && f.p <= 1)));
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : null);
    out.push({
      from,
      to,
      cases: inBin.length,
      meanForecast: mean(inBin.map((f) => f.p)),
      observed: mean(inBin.map((f) => (f.happened ? 1 : 0))),
    });
  }
  return out;
}

export function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length;
}

/** k of n as a share with its 95% Wilson interval; the share is 0 when there are no trials. */
export function proportion(k: number, n: number): { p: number; lo: number; hi: number } {
  return { p: n === 0 ? 0 : k / n, ...wilson(k, n) };
}
