// `forum-sim backtest [FILE|DIR ...]`: the model's forecasts scored against cases with a known outcome.
import { statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { backtest, unseatedEverywhere, type BacktestCase, type BacktestReport } from '../analysis/backtest.js';
import { casesWithoutRow, notScoredRows, readRecordRows, type NotScoredRow } from '../analysis/backtest/recordRows.js';
import { DEFAULT_TRAIN_UNTIL } from '../analysis/backtest/split.js';
import { defaultWorkers } from '../analysis/runPool.js';
import { InputError, type Problem } from '../scenario/errors.js';
import { parseSetArgs } from '../scenario/overrides.js';
import { BUILTIN_DIR, loadScenario } from '../scenario/loader.js';
import { parse, wholeNumberOption } from './args.js';
import { formatBacktest } from './backtestFormat.js';
import { isSequenceFile } from '../analysis/backtest/sequenceCases.js';
import { isSequenceFolder, refuseForSequences, sequenceBacktest } from './sequenceBacktestCommand.js';
import { backtestStamp } from './backtestStamp.js';
import { warnTo, type Io } from './runCommand.js';
import { ttyProgress } from './progress.js';
import { checkReportFolder } from '../report/reportFolder.js';
import { writeBacktestReport } from './reportOutput.js';
import { HELP, UsageError } from './usage.js';
import { warnIfLong, workersOption } from './workload.js';
import { yamlFilesIn } from './yamlFolder.js';

export const RECORD_DIR = join(BUILTIN_DIR, 'record');
/** The record's rows, which the default backtest accounts for one by one. */
export const RECORD_FILES = ['record-2008-2021.yaml', 'record-2022.yaml'].map((f) => join(BUILTIN_DIR, 'history', f));
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

function trainUntilOption(text: string | undefined): string {
  if (text === undefined) return DEFAULT_TRAIN_UNTIL;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const real = date && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!real) throw new UsageError(`--train-until expects a date YYYY-MM-DD, got "${text}"`, 'backtest');
  return text;
}

function rateOption(text: string | undefined): number | null {
  if (text === undefined) return null;
  const p = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || !(p >= 0 && p <= 1))
    throw new UsageError(`--base-rate expects a probability from 0 to 1, got "${text}"`, 'backtest');
  return p;
}

/** A path relative to the working directory, as users type them. */
const here = (file: string) => relative(process.cwd(), file) || '.';

/** The report and the record's rows with paths relative to the working directory. */
function relativePaths(report: BacktestReport, notScored: NotScoredRow[] | null) {
  return {
    ...report,
    cases: report.cases.map((r) => ({ ...r, file: here(r.file) })),
    notScored: notScored?.map((row) => ({ ...row, file: here(row.file) })) ?? null,
  };
}

export async function backtestCommand(argv: string[], io: Io, options: BacktestCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('backtest', argv, {
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    set: { type: 'string', multiple: true },
    'train-until': { type: 'string' },
    'base-rate': { type: 'string' },
    'no-case-overrides': { type: 'boolean' },
    record: { type: 'string', multiple: true },
    report: { type: 'string' },
    sequences: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP.backtest!);
    return 0;
  }
  const runs = positiveInt('runs', values.runs, DEFAULT_BACKTEST_RUNS);
  const workers = workersOption('backtest', values.workers, defaultWorkers(), warnTo(io));
  const seed = values.seed ?? '1';
  const trainUntil = trainUntilOption(values['train-until']);
  const outsideRate = rateOption(values['base-rate']);
  // Sequence cases (--sequences, or sequence files or a folder of them named) are scored meeting by meeting: see there.
  if (values.sequences || positionals.some((path) => isSequenceFile(path) || isSequenceFolder(path))) {
    refuseForSequences(values);
    const progress = options.progress === undefined ? ttyProgress(io) : options.progress;
    const json = values.json === true;
    return sequenceBacktest(positionals, { runs, seed, workers, trainUntil, json, progress }, io);
  }
  if (values.report !== undefined) checkReportFolder(values.report);
  const cases = loadCases(caseFiles(positionals.length > 0 ? positionals : [RECORD_DIR]));
  // The built-in record is accounted for row by row; a folder of one's own only with --record.
  const recordFiles = values.record ?? (positionals.length > 0 ? [] : RECORD_FILES);
  const recordPaths = recordFiles.length > 0 ? caseFiles(recordFiles) : [];
  const rows = recordFiles.length > 0 ? readRecordRows(recordPaths) : null;
  const progress = options.progress === undefined ? ttyProgress(io) : options.progress;
  const overrides = parseSetArgs(values.set ?? []);
  const scorable = cases.filter((c) => c.scenario.expected && !c.scenario.expected.unscorable).length;
  warnIfLong('backtest', runs * scorable, workers, warnTo(io));
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
    { trainUntil, outsideRate, stripCaseOverrides: values['no-case-overrides'] === true },
  );
  if (progress) progress('');
  const notScored = rows ? notScoredRows(rows, report.cases) : null;
  const withoutRow = rows ? casesWithoutRow(rows, report.cases) : [];
  const shown = { ...relativePaths(report, notScored), casesWithoutRow: withoutRow };
  const what = positionals.length > 0 ? positionals.join(' ') : 'the record (scenarios/record/)';
  const stamp = () => backtestStamp(cases, recordPaths, { seed, runs, overrides }, here);
  io.out(values.json ? JSON.stringify({ stamp: stamp(), ...shown }, null, 2) : formatBacktest(shown, what));
  return values.report === undefined ? 0 : writeBacktestReport(io, values.report, report, cases, what, overrides);
}
