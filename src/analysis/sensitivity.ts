// One-at-a-time sensitivity: the probability of an outcome with each parameter held at the low end
// of its range and at the high end, every setting on the same seeds (common random numbers, so a
// difference between two settings is the parameter's doing, not the seeds'), ranked by the swing.
import type { Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { happened, type ReportedEvent } from './consensusText.js';
import type { Overrides } from '../scenario/overrides.js';
import { mergeOverrides } from './overrideList.js';
import { streamJobs, type Batch, type PoolOptions, type StreamOptions } from './runPool.js';
import type { RunSummary } from './runSummary.js';
import { pinned, type SwingEnds, type SwungParameter } from './sensitivityParameters.js';
import { proportion } from './stats.js';

export interface Estimate {
  /** Share of the runs in which the event happened. */
  p: number;
  /** How many did, of how many runs. */
  hits: number;
  runs: number;
  /** 95% Wilson interval of p. */
  lo: number;
  hi: number;
}

export interface SwingEnd {
  /** The value the parameter was held at. */
  value: number;
  estimate: Estimate;
}

export interface Swing {
  path: string;
  current: number;
  low: SwingEnd;
  high: SwingEnd;
  /** |p(high) - p(low)|: what the ranking is by. */
  swing: number;
}

export interface SensitivityReport {
  /** The event counted: a product, or `consensus-text` (a text agreed, whatever the product). */
  outcome: ReportedEvent;
  ends: SwingEnds;
  runs: number;
  masterSeed: string;
  /** The scenario as given (with the user's overrides), every parameter drawn as usual. */
  baseline: Estimate;
  /** Ranked by rankSwings. */
  swings: Swing[];
}

export interface SensitivityPlan {
  /** The forum, parsed once: every setting runs on this snapshot, whatever happens to its file. */
  scenario: Scenario;
  /** The user's own overrides, under every setting. */
  base: Overrides;
  parameters: readonly SwungParameter[];
  runs: number;
  masterSeed: string;
  outcome: ReportedEvent;
  ends: SwingEnds;
}

/** The N seeds every setting runs on. */
export function commonSeeds(masterSeed: string, runs: number): string[] {
  return Array.from({ length: runs }, (_, i) => deriveSeed(masterSeed, i));
}

/** The baseline batch, then each parameter's low-end and high-end batches. */
export function sensitivityBatches(plan: SensitivityPlan): Batch[] {
  const seeds = commonSeeds(plan.masterSeed, plan.runs);
  const batch = (overrides: Overrides): Batch => ({ scenario: plan.scenario, overrides, seeds });
  return [
    batch(plan.base),
    ...plan.parameters.flatMap((p) => [
      batch(mergeOverrides(plan.base, pinned(p.path, p.low))),
      batch(mergeOverrides(plan.base, pinned(p.path, p.high))),
    ]),
  ];
}

export function estimate(summaries: readonly RunSummary[], outcome: ReportedEvent): Estimate {
  return estimateOf(summaries.filter((s) => happened(s, outcome)).length, summaries.length);
}

function estimateOf(hits: number, runs: number): Estimate {
  const { p, lo, hi } = proportion(hits, runs);
  return { p, hits, runs, lo, hi };
}

/** A setting's runs as counts: all the report needs of them. */
export interface SettingCount {
  hits: number;
  runs: number;
}

/** How far from the baseline either end takes the probability. */
export function reach(swing: Swing, baseline: number): number {
  return Math.max(Math.abs(swing.low.estimate.p - baseline), Math.abs(swing.high.estimate.p - baseline));
}

/**
 * Largest swing first; among equal swings, the one whose ends stray furthest from the baseline (a
 * parameter that lowers P at both ends swings 0 but still matters); then in their listed order.
 */
export function rankSwings(swings: readonly Swing[], baseline: number): Swing[] {
  return [...swings].sort((a, b) => b.swing - a.swing || reach(b, baseline) - reach(a, baseline));
}

/** The report from the batches' results, in the order `sensitivityBatches` made them. */
export function sensitivityReport(
  plan: SensitivityPlan,
  results: readonly (readonly RunSummary[])[],
): SensitivityReport {
  const count = (runs: readonly RunSummary[]) => ({ hits: estimate(runs, plan.outcome).hits, runs: runs.length });
  return sensitivityReportOfCounts(plan, results.map(count));
}

/** The report from each setting's counts, in the order `sensitivityBatches` made the settings. */
export function sensitivityReportOfCounts(plan: SensitivityPlan, counts: readonly SettingCount[]): SensitivityReport {
  const of = (i: number) => estimateOf(counts[i]!.hits, counts[i]!.runs);
  const swings = plan.parameters.map((p, i): Swing => {
    const low = of(1 + 2 * i);
    const high = of(2 + 2 * i);
    return {
      path: p.path,
      current: p.current,
      low: { value: p.low, estimate: low },
      high: { value: p.high, estimate: high },
      swing: Math.abs(high.p - low.p),
    };
  });
  const baseline = of(0);
  return {
    outcome: plan.outcome,
    ends: plan.ends,
    runs: plan.runs,
    masterSeed: plan.masterSeed,
    baseline,
    swings: rankSwings(swings, baseline.p),
  };
}

/**
 * Seeds per job: a setting's runs go to the workers in slices of this many, so the runs held at any
 * moment are a slice per worker, whatever --runs is.
 */
export const SEEDS_PER_JOB = 32;

/** How the jobs are run: streamJobs, or a stand-in in a test. */
export type JobStream = (jobs: Iterable<Batch>, options: StreamOptions<Batch>) => Promise<void>;

/**
 * Runs every setting (on worker threads unless `workers` is 1) and ranks the swings. Each slice of
 * runs is folded into its setting's counts as it arrives and then dropped: memory grows with the
 * settings, not with the runs.
 */
export async function runSensitivity(
  plan: SensitivityPlan,
  pool: PoolOptions = {},
  stream: JobStream = streamJobs,
): Promise<SensitivityReport> {
  const settings = sensitivityBatches({ ...plan, runs: 0 }).map((b) => b.overrides);
  const slices = Math.max(1, Math.ceil(plan.runs / SEEDS_PER_JOB));
  const counts: SettingCount[] = settings.map(() => ({ hits: 0, runs: 0 }));
  const total = settings.length * plan.runs;
  let done = 0;
  function* jobs(): Generator<Batch> {
    for (const overrides of settings)
      for (let slice = 0; slice < slices; slice++) {
        const first = slice * SEEDS_PER_JOB;
        const last = Math.min(plan.runs, first + SEEDS_PER_JOB);
        const seeds = Array.from({ length: last - first }, (_, i) => deriveSeed(plan.masterSeed, first + i));
        yield { scenario: plan.scenario, overrides, seeds };
      }
  }
  await stream(jobs(), {
    workers: pool.workers,
    count: settings.length * slices,
    onResult: (index, summaries) => {
      const count = counts[Math.floor(index / slices)]!;
      count.hits += summaries.filter((s) => happened(s, plan.outcome)).length;
      count.runs += summaries.length;
      done += summaries.length;
      pool.onProgress?.(done, total);
    },
  });
  return sensitivityReportOfCounts(plan, counts);
}
