// A paired what-if: the forum under setting A and under setting B, run on the same N seeds (run i
// of both arms uses seed S/i, as run i of a sweep does), so each seed is a matched pair and a
// difference between the arms is the setting's doing, not the draws'. Runs on the worker pool; the
// result does not depend on the number of workers (each job's results go back to its place).
import type { DecisionRule, Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { pairedReport, type PairedReport } from './pairedReport.js';
import { defaultWorkers, sliceSize, streamJobs } from './runPool.js';
import type { Batch } from './runBatch.js';
import type { RunSummary } from './runSummary.js';

/** Most seeds a job takes: small, so Ctrl-C loses little and progress moves often. */
const MAX_SLICE = 50;

export interface PairedPlan {
  /** The forum as loaded (both arms run on this snapshot; the overrides make the arms). */
  scenario: Scenario;
  /** Arm A's overrides (the base) and arm B's (usually A's plus the changes under test). */
  a: Overrides;
  b: Overrides;
  runs: number;
  masterSeed: string;
}

export interface PairedRunOptions {
  /** Worker threads; 1 runs in this thread. Default: one per core. */
  workers?: number;
  /** Aborting stops the runs; the report counts the seeds run under both arms by then. */
  signal?: AbortSignal;
  /** Runs done (both arms together) and their total, 2 x runs. */
  onProgress?: (done: number, total: number) => void;
}

export interface PairedComparison extends PairedReport {
  /** Seeds asked for; `pairs` is fewer only when the comparison was interrupted. */
  runs: number;
  masterSeed: string;
  interrupted: boolean;
}

/** The jobs: for each slice of `size` seeds, arm A's batch then arm B's (job k holds seeds from floor(k/2) x size). */
export function pairedBatches(plan: PairedPlan, size: number): Batch[] {
  const batches: Batch[] = [];
  for (let from = 0; from < plan.runs; from += size) {
    const seeds = Array.from({ length: Math.min(size, plan.runs - from) }, (_, i) =>
      deriveSeed(plan.masterSeed, from + i),
    );
    batches.push(
      { scenario: plan.scenario, overrides: plan.a, seeds },
      { scenario: plan.scenario, overrides: plan.b, seeds },
    );
  }
  return batches;
}

/** Runs both arms on the same seeds and compares them, pair by pair. */
export async function comparePaired(plan: PairedPlan, options: PairedRunOptions = {}): Promise<PairedComparison> {
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const size = sliceSize(plan.runs, workers, MAX_SLICE);
  const batches = pairedBatches(plan, size);
  // Both arms' decision rules (an override may change it): validated here, before any run.
  const rules = [plan.a, plan.b].map((o) => applyOverrides(plan.scenario, o).rules.decisionRule) as [
    DecisionRule,
    DecisionRule,
  ];
  const arms: (RunSummary | undefined)[][] = [new Array(plan.runs), new Array(plan.runs)];
  let done = 0;
  options.onProgress?.(0, 2 * plan.runs);
  await streamJobs(batches, {
    workers,
    signal: options.signal,
    onResult: (index, summaries) => {
      const arm = arms[index % 2]!;
      summaries.forEach((summary, i) => (arm[Math.floor(index / 2) * size + i] = summary));
      done += summaries.length;
      options.onProgress?.(done, 2 * plan.runs);
    },
  });
  const pairs: [RunSummary, RunSummary][] = [];
  for (let i = 0; i < plan.runs; i++) {
    const [a, b] = [arms[0]![i], arms[1]![i]];
    if (a && b) pairs.push([a, b]);
  }
  return {
    ...pairedReport(pairs, rules),
    runs: plan.runs,
    masterSeed: plan.masterSeed,
    interrupted: pairs.length < plan.runs,
  };
}
