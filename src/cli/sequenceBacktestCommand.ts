// `forum-sim backtest --sequences [FILE|DIR ...]` (or backtest given a sequence case file): each
// sequence case's meetings scored with the carry-over beside the same meetings alone, same seeds.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { BacktestCase } from '../analysis/backtest.js';
import {
  isSequenceFile,
  loadSequenceCases,
  SEQUENCE_CASE_DIR,
  type SequenceCase,
} from '../analysis/backtest/sequenceCases.js';
import { runSequenceCase } from '../analysis/backtest/sequenceRuns.js';
import { overallTotals, scoreSequenceCase } from '../analysis/backtest/sequenceScore.js';
import { InputError, type Problem } from '../scenario/errors.js';
import { BUILTIN_DIR } from '../scenario/loader.js';
import { readTextFile } from '../scenario/boundedRead.js';
import { backtestStamp } from './backtestStamp.js';
import type { Io } from './runCommand.js';
import { formatSequenceBacktest } from './sequenceBacktestFormat.js';
import { UsageError } from './usage.js';
import { yamlFilesIn } from './yamlFolder.js';

export interface SequenceBacktestOptions {
  runs: number;
  seed: string;
  workers: number;
  trainUntil: string;
  json: boolean;
  progress: ((text: string) => void) | null;
}

/** A folder whose YAML files are all sequence cases, such as scenarios/record/sequences/: given to backtest, it selects --sequences as a sequence file does. */
export function isSequenceFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    const files = yamlFilesIn(path);
    return files.length > 0 && files.every(isSequenceFile);
  } catch {
    return false;
  }
}

/** The backtest options that have no meaning for sequence cases (they are refused, not ignored). */
export const NOT_FOR_SEQUENCES = ['set', 'base-rate', 'no-case-overrides', 'record', 'report'] as const;

export function refuseForSequences(values: Record<string, unknown>): void {
  const given = NOT_FOR_SEQUENCES.filter((name) => values[name] !== undefined);
  if (given.length > 0)
    throw new UsageError(`${given.map((n) => `--${n}`).join(', ')} cannot be used with sequence cases`, 'backtest');
}

/** Sequence files named, or found in the folders named (not recursively), in a stable order. */
export function sequenceCaseFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const full = resolve(path);
    if (!existsSync(full)) problems.push({ file: path, path: '', message: 'no such file or folder' });
    else if (!statSync(full).isDirectory()) files.push(full);
    else {
      const found = yamlFilesIn(full);
      if (found.length === 0)
        problems.push({ file: path, path: '', message: 'no .yaml sequence cases in this folder' });
      files.push(...found);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return files;
}

/**
 * Stamped as backtest's --json is: each meeting's case file with its scenario hash, and each
 * sequence file's SHA-256 (its meetings, their order and its carry-over).
 */
function sequenceStamp(cases: readonly SequenceCase[], files: readonly string[], seed: string, runs: number) {
  const meetings: BacktestCase[] = cases.flatMap((c) =>
    c.sequence.meetings.map((m) => ({ file: m.scenario.source, scenario: m.scenario })),
  );
  return {
    ...backtestStamp(meetings, [], { seed, runs, overrides: {} }, here),
    sequences: files.map((file) => ({ file: here(file), sha256: sha256(readTextFile(file)) })),
  };
}

/** A built-in file as `scenarios/...` (wherever the command runs from); any other relative to the working directory. */
function here(file: string): string {
  const inPackage = relative(resolve(BUILTIN_DIR, '..'), resolve(file));
  if (inPackage.startsWith(`scenarios${sep}`)) return inPackage.split(sep).join('/');
  return relative(process.cwd(), file) || '.';
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function sequenceBacktest(
  paths: readonly string[],
  options: SequenceBacktestOptions,
  io: Io,
): Promise<number> {
  const files = sequenceCaseFiles(paths.length > 0 ? paths : [SEQUENCE_CASE_DIR]);
  const cases = loadSequenceCases(files);
  const { runs, seed, progress } = options;
  const reports = [];
  for (const c of cases) {
    const say = (what: string, done: number, total: number) =>
      progress?.(`backtest ${c.sequence.id}: ${what} ${done}/${total} (${Math.floor((100 * done) / total)}%)`);
    const tallies = await runSequenceCase(c, runs, seed, {
      workers: options.workers,
      onChain: (done) => say('chains', done, runs),
      onProgress: (done, total) => say('meetings alone', done, total),
    });
    reports.push(scoreSequenceCase(c, tallies, options.trainUntil));
  }
  if (progress) progress('');
  const shown = {
    seed,
    runs,
    sequences: reports.map((r) => ({
      ...r,
      file: here(r.file),
      meetings: r.meetings.map((m) => ({ ...m, file: here(m.file) })),
    })),
    totals: overallTotals(reports),
  };
  io.out(
    options.json
      ? JSON.stringify({ stamp: sequenceStamp(cases, files, seed, runs), ...shown }, null, 2)
      : formatSequenceBacktest(shown),
  );
  return 0;
}
