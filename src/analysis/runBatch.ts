// One batch of runs of a scenario file: the unit of work a worker thread takes.
import type { Scenario } from '../domain/types.js';
import { runScenario } from '../engine/run.js';
import { loadScenario } from '../scenario/loader.js';
import type { Overrides } from '../scenario/overrides.js';
import { loadWithoutCaseOverrides } from './backtest/caseOverrides.js';
import { summarize, type RunSummary } from './runSummary.js';

export interface Batch {
  /** Path of the forum file (each worker loads it once). */
  file: string;
  overrides: Overrides;
  seeds: string[];
  /** Run the case without its file's inline profile overrides (`backtest --no-case-overrides`). */
  withoutCaseOverrides?: boolean;
}

const loaded = new Map<string, Scenario>();

/** The forum file's scenario, loaded once per thread: a worker runs many jobs of the same file. */
export function scenarioOnce(file: string, withoutCaseOverrides = false): Scenario {
  const key = `${withoutCaseOverrides ? 'stripped' : 'as-written'}:${file}`;
  let scenario = loaded.get(key);
  if (!scenario) {
    scenario = withoutCaseOverrides ? loadWithoutCaseOverrides(file) : loadScenario(file);
    loaded.set(key, scenario);
  }
  return scenario;
}

export function runBatch(batch: Batch): RunSummary[] {
  const scenario = scenarioOnce(batch.file, batch.withoutCaseOverrides === true);
  return batch.seeds.map((seed) =>
    summarize(runScenario(scenario, { seed, overrides: batch.overrides, transcript: false })),
  );
}
