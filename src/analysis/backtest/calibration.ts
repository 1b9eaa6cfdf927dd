// A calibrated forecast beside the model's raw one: one tempering parameter, fitted on the train
// period only by the same log loss the report prints, then applied to the model on every case.
//
// The form is a temperature on the logit of the probability the log score already gives the
// model, the smoothed run share q = (k + 1/2) / (n + 1) (Platt scaling with the slope as its one
// parameter and no intercept, as in "temperature scaling"):
//   q' = sigmoid(logit(q) / T),
// reported as the run share k'/n that the log score reads as q' (k' = q' (n + 1) - 1/2), so that
// the calibrated forecast is scored by the same functions as the raw one and T = 1 is exactly the
// raw row: whatever the calibrated row gains, T earned it, not a second smoothing.
// Why this form and not a shrinkage toward the train base rate, p' = (1 - w) p + w r:
// - It keeps the model's own information and nothing else. The map is increasing and leaves 1/2
//   where it is, so every case keeps its rank and its side of 1/2: the calibrated row has the raw
//   model's hits and misses, and differs only in how sure it is. A shrinkage toward the base rate
//   blends in a baseline (and moves the decision point to r), so the row would no longer say
//   whether the model's mechanisms beat the baselines.
// - The failure it answers is over-confidence: runs that agree with each other 200 times out of
//   200 because the mechanisms are near-deterministic, not because the world is. T > 1 says how
//   far the run share overstates the real odds; T < 1 would say the model is too timid (then a
//   share is capped at unanimity, k' = n, the surest a forecast of n runs can be).
// - q is finite in logit even for a unanimous run share, so no case needs special handling.
// The fitted T depends on n (a unanimous share's logit is log(2n + 1)), so it is fitted on the
// report's own runs and is not carried from one `--runs` to another.
import { mean, smoothed } from '../stats.js';
import type { CaseReport } from './caseReport.js';
import { happened, score, type Score } from './score.js';
import type { Period } from './split.js';

/** What the fit reads from one scored case. */
export interface CalibrationCase {
  period: Period;
  /** The model's raw forecast, k / n. */
  p: number;
  /** n, the runs behind it. */
  runs: number;
  wasEvent: boolean;
}

export interface Calibration {
  form: string;
  /** The fitted T; 1 (the raw forecast) when the train period has nothing to fit on. */
  temperature: number;
  /** The train cases the fit read; the test period is never passed to the loss. */
  trainCases: number;
  /** Mean train log loss of the raw model and of the calibrated one (null without train cases). */
  trainLogLoss: { raw: number | null; calibrated: number | null };
}

export const CALIBRATION_FORM =
  "q' = sigmoid(logit(q) / T) with q = (k + 1/2) / (n + 1), as the run share k'/n = (q' (n + 1) - 1/2) / n; T fitted on the train period by log loss";

/** The search interval for T: from doubling the logit's confidence to all but removing it. */
export const TEMPERATURE_RANGE = { min: 0.5, max: 100 } as const;

const GRID_STEPS = 2000;
const GOLDEN_TOLERANCE = 1e-10;
/** A loss this close to the raw model's is no evidence for tempering it: T stays 1. */
const FLAT = 1e-12;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The model's raw forecast p = k / n of n runs, tempered by T, as a run share. Increasing in p;
 * 1/2 stays 1/2; T = 1 gives p back.
 */
export function tempered(p: number, runs: number, temperature: number): number {
  if (runs === 0) return p;
  const q = sigmoid(logit(smoothed(p * runs, runs)) / temperature);
  return Math.min(1, Math.max(0, ((runs + 1) * q - 0.5) / runs));
}

/**
 * The calibrated forecast scored exactly as every other forecaster is: Brier on p', and the log
 * score with p' counting as k = p' n of the same n runs (score.ts).
 */
export function calibratedScore(p: number, runs: number, wasEvent: boolean, temperature: number): Score {
  return score(tempered(p, runs, temperature), runs, wasEvent);
}

/** Mean log loss of the calibrated forecast on the given cases. */
function meanLogLoss(cases: readonly CalibrationCase[], temperature: number): number {
  return mean(cases.map((c) => calibratedScore(c.p, c.runs, c.wasEvent, temperature).logLoss))!;
}

/** Golden-section search for the minimum of f on [lo, hi]: deterministic, no derivatives. */
function goldenSection(f: (x: number) => number, lo: number, hi: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let [fc, fd] = [f(c), f(d)];
  while (b - a > GOLDEN_TOLERANCE) {
    if (fc <= fd) {
      [b, d, fd] = [d, c, fc];
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/**
 * T minimising the mean train log loss. The search runs on log T: a fine grid over the whole
 * range finds the best cell even if the loss has more than one dip (the smoothing of the log
 * score makes it not quite convex), then a golden-section search refines within the cells on
 * either side. Reads the train cases only.
 */
export function fitTemperature(cases: readonly CalibrationCase[]): Calibration {
  const train = cases.filter((c) => c.period === 'train');
  const raw = train.length ? meanLogLoss(train, 1) : null;
  if (raw === null)
    return { form: CALIBRATION_FORM, temperature: 1, trainCases: 0, trainLogLoss: { raw, calibrated: null } };
  const loss = (logT: number) => meanLogLoss(train, Math.exp(logT));
  const [lo, hi] = [Math.log(TEMPERATURE_RANGE.min), Math.log(TEMPERATURE_RANGE.max)];
  const step = (hi - lo) / GRID_STEPS;
  let best = 0;
  let bestLoss = Infinity;
  for (let i = 0; i <= GRID_STEPS; i++) {
    const l = loss(lo + i * step);
    if (l < bestLoss) [best, bestLoss] = [i, l];
  }
  const refined = goldenSection(loss, lo + Math.max(0, best - 1) * step, lo + Math.min(GRID_STEPS, best + 1) * step);
  const logT = loss(refined) <= bestLoss ? refined : lo + best * step;
  const temperature = loss(logT) < raw - FLAT ? Math.exp(logT) : 1;
  return {
    form: CALIBRATION_FORM,
    temperature,
    trainCases: train.length,
    trainLogLoss: { raw, calibrated: meanLogLoss(train, temperature) },
  };
}

/**
 * Fits T on the scored train cases and gives every scored case (train and test) its calibrated
 * score; unscored cases pass through unchanged.
 */
export function withCalibration(reports: readonly CaseReport[]): { calibration: Calibration; cases: CaseReport[] } {
  const facts = (r: CaseReport): CalibrationCase => ({
    period: r.period,
    p: r.model!.p,
    runs: r.runs,
    wasEvent: happened(r.real!, r.event),
  });
  const calibration = fitTemperature(reports.filter((r) => r.model).map(facts));
  const cases = reports.map((r) => {
    if (!r.model) return r;
    const c = facts(r);
    return { ...r, calibrated: calibratedScore(c.p, c.runs, c.wasEvent, calibration.temperature) };
  });
  return { calibration, cases };
}
