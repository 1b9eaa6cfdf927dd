// A slice of a sweep's runs: the unit of work a worker thread takes. The worker loads the forum
// file once and returns whole records, so the main thread only writes and folds them.
import type { Overrides } from '../scenario/overrides.js';
import { scenarioOnce } from './runBatch.js';
import { sweepRecord, type SweepRecord } from './sweepLine.js';

export interface SweepSlice {
  kind: 'sweep';
  /** Path of the forum file. */
  file: string;
  overrides: Overrides;
  /** Master seed: run i's seed derives from (seed, i). */
  seed: string;
  /** Run indices, ascending. */
  runs: number[];
  /** Keep every drawn value in the records (`sweep --full-inputs`); else only the varied ones. */
  fullInputs?: boolean;
}

export function runSweepSlice(slice: SweepSlice): SweepRecord[] {
  const scenario = scenarioOnce(slice.file);
  const options = { fullInputs: slice.fullInputs ?? false };
  return slice.runs.map((index) => sweepRecord(scenario, slice.overrides, slice.seed, index, undefined, options));
}
