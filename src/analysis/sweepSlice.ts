// A slice of a sweep's runs: the unit of work a worker thread takes. It carries the sweep's
// scenario snapshot (never the file's path) and returns whole records, so the main thread only
// writes and folds them.
import type { Scenario } from '../domain/types.js';
import type { Overrides } from '../scenario/overrides.js';
import { sweepRecord, type SweepRecord } from './sweepLine.js';

export interface SweepSlice {
  kind: 'sweep';
  /** The forum as parsed once when the sweep started. */
  scenario: Scenario;
  overrides: Overrides;
  /** Master seed: run i's seed derives from (seed, i). */
  seed: string;
  /** Run indices, ascending. */
  runs: number[];
  /** Keep every drawn value in the records (`sweep --full-inputs`); else only the varied ones. */
  fullInputs?: boolean;
  /** A design's runs: each run's own overrides (aligned with `runs`), replacing `overrides`. */
  runOverrides?: Overrides[];
  /** A design's runs: each run's seed index (its repetition at its point), aligned with `runs`. */
  seedIndices?: number[];
}

export function runSweepSlice(slice: SweepSlice): SweepRecord[] {
  const fullInputs = slice.fullInputs ?? false;
  return slice.runs.map((index, i) =>
    sweepRecord(slice.scenario, slice.runOverrides?.[i] ?? slice.overrides, slice.seed, index, undefined, {
      fullInputs,
      seedIndex: slice.seedIndices?.[i],
    }),
  );
}
