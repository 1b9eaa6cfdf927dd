// Scores the model's forecasts against cases with a known real outcome. Runs every scorable case
// (and, for the cases that set stances of their own, a second batch without them), counting each
// run into its case's tally as it finishes (no run is kept), then hands the tallies to the
// scoring modules in backtest/: per case (caseReport), the baselines
// learnt from the train period (baselines), the forward table, subsets and checks (forward).
import type { Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { trainRates, type TrainedRates } from './backtest/baselines.js';
import { withCalibration, type Calibration } from './backtest/calibration.js';
import { caseOverrideActors, loadWithoutCaseOverrides } from './backtest/caseOverrides.js';
import { caseReport, unscoredReport, type CaseInput, type CaseReport } from './backtest/caseReport.js';
import { addRun, emptyCaseTally, type CaseTally } from './backtest/caseTally.js';
import {
  forwardTable,
  overrideComparison,
  splitHalf,
  testReliability,
  totalsOf,
  type ForecasterTotals,
  type ForwardTable,
  type HalfScore,
  type OverrideComparison,
} from './backtest/forward.js';
import { eventOf, happened } from './backtest/score.js';
import { DEFAULT_TRAIN_UNTIL, periodOf, type Period } from './backtest/split.js';
import { streamJobs, type Batch, type PoolOptions } from './runPool.js';
import type { ReliabilityBin } from './stats.js';

export type { CaseReport, OutcomeShare } from './backtest/caseReport.js';
export type { Score, Totals } from './backtest/score.js';
export type { ForwardTable, HalfScore, OverrideComparison } from './backtest/forward.js';
export type { Calibration } from './backtest/calibration.js';

export const SMOOTHING_NOTE =
  'log scores use (k + 1/2) / (n + 1) for the probability of what happened (k of n runs; a baseline forecasting p counts as k = p n)';

export interface BacktestCase {
  file: string;
  scenario: Scenario;
}

export interface BacktestOptions {
  /** Last date of the train period (inclusive); later cases are the test. Default 2019-12-31. */
  trainUntil?: string;
  /** An outside base rate the user brings, reported as one more baseline. */
  outsideRate?: number | null;
  /** Score every case without its inline profile overrides (and skip the comparison). */
  stripCaseOverrides?: boolean;
}

export interface BacktestReport {
  seed: string;
  runs: number;
  smoothing: string;
  trainUntil: string;
  /** `kept`: cases scored as written, compared with a run without overrides; `stripped`: without. */
  caseOverrides: 'kept' | 'stripped';
  /** The rates the baselines learnt from the train period. */
  trained: TrainedRates;
  /** The tempering of the model's forecasts, fitted on the train period (the forecaster `calibrated`). */
  calibration: Calibration;
  outsideRate: number | null;
  cases: CaseReport[];
  /** Every forecaster on every scored case, train and test together. */
  totals: ForecasterTotals;
  forward: ForwardTable;
  overrides: Record<Period | 'all', OverrideComparison>;
  exactAccuracy: number | null;
  ukraineMatch: { cases: number; model: number; compromise: number };
  voteAccuracy: { votes: number; model: number | null; compromise: number | null };
  /** The model on the test period. */
  reliability: ReliabilityBin[];
  /** The calibrated model on the test period. */
  calibratedReliability: ReliabilityBin[];
  /** Cases alternately by date into halves A and B; each half's base rate comes from the other half. */
  splitHalf: { A: HalfScore; B: HalfScore };
}

/** The overrides that apply to a case: forum paths always, a delegation's only where it is seated. */
export function overridesFor(scenario: Scenario, overrides: Overrides): Overrides {
  return Object.fromEntries(
    Object.entries(overrides).filter(([path]) => {
      const head = path.split('.')[0]!;
      return head === 'forum' || scenario.participants.includes(head);
    }),
  );
}

/** Delegations that overrides name but no case seats: their overrides change nothing anywhere. */
export function unseatedEverywhere(cases: readonly BacktestCase[], overrides: Overrides): string[] {
  const named = new Set(Object.keys(overrides).map((path) => path.split('.')[0]!));
  named.delete('forum');
  return [...named].filter((actor) => !cases.some((c) => c.scenario.participants.includes(actor))).sort();
}

const BATCH = 25;

/** One series of a case's runs: the case as written, or (stripped) without its inline profiles. */
interface Series {
  /** Index among the scorable cases. */
  index: number;
  stripped: boolean;
  /** The snapshot the workers run: loaded once here, never reread by them. */
  scenario: Scenario;
  overrides: Overrides;
  seedBase: string;
  tally: CaseTally;
}

const batchesPerSeries = (runs: number) => Math.ceil(runs / BATCH);

/** Every series' batches, made as the pool takes them: a million runs a case never sit in memory. */
function* batchesOf(series: readonly Series[], runs: number): Generator<Batch> {
  for (const s of series) {
    for (let start = 0; start < runs; start += BATCH) {
      // The same seeds with and without overrides: the comparison is paired, run for run.
      const seeds = Array.from({ length: Math.min(BATCH, runs - start) }, (_, i) => deriveSeed(s.seedBase, start + i));
      yield { scenario: s.scenario, overrides: s.overrides, seeds };
    }
  }
}

/**
 * Scores `runs` runs of every scorable case. `overrides` (as for `run --set`) apply to every case:
 * forum paths everywhere, a delegation's paths where it is seated.
 */
export async function backtest(
  cases: readonly BacktestCase[],
  runs: number,
  seed: string,
  pool: PoolOptions = {},
  overrides: Overrides = {},
  options: BacktestOptions = {},
): Promise<BacktestReport> {
  const trainUntil = options.trainUntil ?? DEFAULT_TRAIN_UNTIL;
  const strip = options.stripCaseOverrides === true;
  const outsideRate = options.outsideRate ?? null;
  // Apply once here, so bad overrides fail before any worker starts, and baselines see them too.
  const applied = cases.map((c) => ({
    file: c.file,
    scenario: applyOverrides(c.scenario, overridesFor(c.scenario, overrides)),
    original: c,
  }));
  const inputs: CaseInput[] = applied.map((c) => ({
    file: c.file,
    scenario: c.scenario,
    period: periodOf(c.scenario.date, trainUntil),
    caseOverrides: caseOverrideActors(c.file),
  }));
  const scorable = inputs.filter((c) => c.scenario.expected && !c.scenario.expected.unscorable);
  const original = (c: CaseInput) => applied[inputs.indexOf(c)]!.original;

  const series: Series[] = [];
  const plan = (index: number, stripped: boolean) => {
    const c = original(scorable[index]!);
    series.push({
      index,
      stripped,
      scenario: stripped ? loadWithoutCaseOverrides(c.file) : c.scenario,
      overrides: overridesFor(c.scenario, overrides),
      seedBase: `${seed}/${c.scenario.id}`,
      tally: emptyCaseTally(),
    });
  };
  scorable.forEach((_, index) => plan(index, strip));
  // Only the cases with overrides of their own need a second batch; the others' runs are the same.
  if (!strip) scorable.forEach((c, index) => c.caseOverrides.length > 0 && plan(index, true));
  await runSeries(series, runs, pool);
  const primary = scorable.map((_, index) => series.find((s) => s.index === index && s.stripped === strip)!.tally);
  const withoutOverrides = scorable.map(
    (_, index) => (!strip && series.find((s) => s.index === index && s.stripped)?.tally) || null,
  );

  const rates = trainRates(
    scorable
      .filter((c) => c.period === 'train')
      .map((c) => ({ kind: c.scenario.kind, wasEvent: happened(c.scenario.expected!.outcome, eventOf(c.scenario)) })),
  );
  const strippedSnapshot = (c: CaseInput) =>
    series.find((s) => s.stripped && s.index === scorable.indexOf(c))?.scenario ?? loadWithoutCaseOverrides(c.file);
  const compromiseScenario = (c: CaseInput) =>
    strip && c.caseOverrides.length
      ? applyOverrides(strippedSnapshot(c), overridesFor(c.scenario, overrides))
      : c.scenario;
  const { calibration, cases: reports } = withCalibration(
    inputs.map((c) => {
      const index = scorable.indexOf(c);
      return index < 0
        ? unscoredReport(c, runs)
        : caseReport(c, primary[index]!, withoutOverrides[index]!, rates, outsideRate, compromiseScenario(c));
    }),
  );
  const scored = reports.filter((r) => r.model !== null);
  const ukraineCases = scored.filter((r) => r.ukraine);
  const voteCases = scored.filter((r) => r.votes);
  const votesGiven = voteCases.reduce((n, r) => n + r.votes!.given, 0);
  const exact = scored.filter((r) => r.exactHit !== null);
  return {
    seed,
    runs,
    smoothing: SMOOTHING_NOTE,
    trainUntil,
    caseOverrides: strip ? 'stripped' : 'kept',
    trained: rates,
    calibration,
    outsideRate,
    cases: reports,
    totals: totalsOf(scored),
    forward: forwardTable(scored),
    overrides: overrideComparison(scored),
    exactAccuracy: exact.length ? exact.filter((r) => r.exactHit).length / exact.length : null,
    ukraineMatch: {
      cases: ukraineCases.length,
      model: ukraineCases.filter((r) => r.ukraine!.match).length,
      compromise: ukraineCases.filter((r) => r.ukraine!.compromiseMatch).length,
    },
    voteAccuracy: {
      votes: votesGiven,
      model: votesGiven ? voteCases.reduce((n, r) => n + r.votes!.correct, 0) / votesGiven : null,
      compromise: votesGiven ? voteCases.reduce((n, r) => n + r.votes!.compromiseCorrect, 0) / votesGiven : null,
    },
    reliability: testReliability(scored),
    calibratedReliability: testReliability(scored, 'calibrated'),
    splitHalf: splitHalf(scored, runs),
  };
}

/** Runs every series on the pool, counting each batch's runs into its series' tally as it finishes. */
async function runSeries(series: readonly Series[], runs: number, pool: PoolOptions): Promise<void> {
  const perSeries = batchesPerSeries(runs);
  const total = series.length * runs;
  let done = 0;
  await streamJobs(batchesOf(series, runs), {
    workers: pool.workers,
    count: series.length * perSeries,
    onResult: (index, summaries) => {
      const { tally } = series[Math.floor(index / perSeries)]!;
      for (const run of summaries) addRun(tally, run);
      done += summaries.length;
      pool.onProgress?.(done, total);
    },
  });
}
