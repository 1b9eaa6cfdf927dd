// One batch of runs of a scenario: the unit of work a worker thread takes. The scenario travels as
// data (a snapshot parsed once on the main thread), never as a path: a worker never reads the
// forum file, so an edit to it while runs are under way changes none of them.
import type { Scenario } from '../domain/types.js';
import { runScenario } from '../engine/run.js';
import type { Overrides } from '../scenario/overrides.js';
import { summarize, type RunSummary } from './runSummary.js';

export interface Batch {
  /** The resolved scenario every run of the batch starts from (the pool sends it to a thread once). */
  scenario: Scenario;
  overrides: Overrides;
  seeds: string[];
}

export function runBatch(batch: Batch): RunSummary[] {
  return batch.seeds.map((seed) =>
    summarize(runScenario(batch.scenario, { seed, overrides: batch.overrides, transcript: false })),
  );
}
