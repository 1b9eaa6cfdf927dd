// One-at-a-time sensitivity: the probability of an outcome with each parameter held at the low end
// of its range and at the high end, every setting on the same seeds (common random numbers, so a
// difference between two settings is the parameter's doing, not the seeds'), ranked by the swing.
import type { Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { happened, type ReportedEvent } from './consensusText.js';
import type { Overrides } from '../scenario/overrides.js';
import { mergeOverrides } from './overrideList.js';
import { runBatches, type Batch, type PoolOptions } from './runPool.js';
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
  const hits = summaries.filter((s) => happened(s, outcome)).length;
  const runs = summaries.length;
  const { p, lo, hi } = proportion(hits, runs);
  return { p, hits, runs, lo, hi };
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
  const of = (i: number) => estimate(results[i]!, plan.outcome);
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

/** Runs every setting (on worker threads unless `workers` is 1) and ranks the swings. */
export async function runSensitivity(plan: SensitivityPlan, pool: PoolOptions = {}): Promise<SensitivityReport> {
  const results = await runBatches(sensitivityBatches(plan), pool);
  return sensitivityReport(plan, results);
}
