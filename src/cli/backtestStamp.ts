// What a backtest ran on, recorded in its --json as a sweep's header records its inputs, so a figure
// pasted into a report can be traced back: the version, seed, runs and --set overrides, each case
// file's scenario hash (its forum and catalogue as loaded) with one hash over them all, and the
// SHA-256 of each record file the report accounts for.
import { createHash } from 'node:crypto';
import type { BacktestCase } from '../analysis/backtest.js';
import { readTextFile } from '../scenario/boundedRead.js';
import type { Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';

export interface BacktestStamp {
  version: string;
  seed: string;
  runs: number;
  /** --set, as given (applied to every case where it fits). */
  overrides: Overrides;
  /** Each case's file (as shown in the report) and scenario hash, in the order scored. */
  cases: Array<{ file: string; scenarioHash: string }>;
  /** SHA-256 over the cases' scenario hashes in that order: one value to compare two backtests by. */
  casesHash: string;
  /** The record files read, each with the SHA-256 of its text. */
  records: Array<{ file: string; sha256: string }>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function backtestStamp(
  cases: readonly BacktestCase[],
  recordFiles: readonly string[],
  run: { seed: string; runs: number; overrides: Overrides },
  shown: (file: string) => string,
): BacktestStamp {
  return {
    version: VERSION,
    seed: run.seed,
    runs: run.runs,
    overrides: run.overrides,
    cases: cases.map((c) => ({ file: shown(c.file), scenarioHash: c.scenario.hash })),
    casesHash: sha256(cases.map((c) => `${c.scenario.hash}\n`).join('')),
    records: recordFiles.map((file) => ({ file: shown(file), sha256: sha256(readTextFile(file)) })),
  };
}
