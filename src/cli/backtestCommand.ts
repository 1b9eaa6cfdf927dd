// `forum-sim backtest [FILE|DIR ...]`: the model's forecasts scored against cases with a known outcome.
import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { backtest, unseatedEverywhere, type BacktestCase } from '../analysis/backtest.js';
import { defaultWorkers } from '../analysis/runPool.js';
import { InputError, type Problem } from '../scenario/errors.js';
import { parseSetArgs } from '../scenario/overrides.js';
import { BUILTIN_DIR, loadScenario } from '../scenario/loader.js';
import { parse, wholeNumberOption } from './args.js';
import { formatBacktest } from './backtestFormat.js';
import { warnTo, type Io } from './runCommand.js';
import { ttyProgress } from './progress.js';
import { HELP } from './usage.js';
import { yamlFilesIn } from './yamlFolder.js';

export const RECORD_DIR = join(BUILTIN_DIR, 'record');
export const DEFAULT_BACKTEST_RUNS = 200;

export interface BacktestCommandOptions {
  progress?: ((text: string) => void) | null;
}

const positiveInt = (name: string, text: string | undefined, fallback: number, max?: number) =>
  wholeNumberOption('backtest', name, text, fallback, max);

/** Forum files named, or found in the folders named (not recursively), in a stable order. */
export function caseFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const full = resolve(path);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      problems.push({ file: path, path: '', message: 'no such file or folder' });
      continue;
    }
    if (!isDir) files.push(full);
    else {
      const found = yamlFilesIn(full).filter((file) => basename(file) !== 'issues.yaml');
      if (found.length === 0) problems.push({ file: path, path: '', message: 'no .yaml case files in this folder' });
      files.push(...found);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return files;
}

export function loadCases(files: readonly string[]): BacktestCase[] {
  const problems: Problem[] = [];
  const cases: BacktestCase[] = [];
  for (const file of files) {
    try {
      cases.push({ file, scenario: loadScenario(file) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return cases;
}

export async function backtestCommand(argv: string[], io: Io, options: BacktestCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('backtest', argv, {
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    set: { type: 'string', multiple: true },
  });
  if (values.help) {
    io.out(HELP.backtest!);
    return 0;
  }
  const runs = positiveInt('runs', values.runs, DEFAULT_BACKTEST_RUNS);
  const workers = positiveInt('workers', values.workers, defaultWorkers(), 256);
  const seed = values.seed ?? '1';
  const cases = loadCases(caseFiles(positionals.length > 0 ? positionals : [RECORD_DIR]));
  const progress = options.progress === undefined ? ttyProgress(io) : options.progress;
  const overrides = parseSetArgs(values.set ?? []);
  for (const actor of unseatedEverywhere(cases, overrides))
    warnTo(io)(`--set: "${actor}" is seated in none of these cases, so its overrides are ignored`);
  const report = await backtest(
    cases,
    runs,
    seed,
    {
      workers,
      onProgress: progress
        ? (done, total) => progress(`backtest: ${done}/${total} runs (${Math.floor((100 * done) / total)}%)`)
        : undefined,
    },
    overrides,
  );
  if (progress) progress('');
  io.out(
    values.json
      ? JSON.stringify(report, null, 2)
      : formatBacktest(report, positionals.length > 0 ? positionals.join(' ') : 'the 2022 record'),
  );
  return 0;
}
