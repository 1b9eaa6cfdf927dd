// `forum-sim compare SCENARIO [--set ...] --against PATH=VALUE ... --runs N`: a paired what-if.
// Arm A is the forum with --params and --set; arm B is A with the --against changes on top. Both
// run on the same seeds on every core; the report gives each event's share in both, the paired
// difference with its interval, and the seeds that changed. Ctrl-C reports the pairs done (130).
import { checkReportFolder } from '../report/reportFolder.js';
import { writeReportTo } from './reportOutput.js';
import { existsSync } from 'node:fs';
import { comparePaired, type PairedComparison, type PairedPlan } from '../analysis/comparePaired.js';
import { replaceWithBytes } from '../analysis/fileReplace.js';
import { mergeOverrides } from '../analysis/overrideList.js';
import { defaultWorkers } from '../analysis/runPool.js';
import { safeText } from '../present/safeText.js';
import { loadScenario } from '../scenario/loader.js';
import { applyOverrides, parseSetArgs } from '../scenario/overrides.js';
import { oneScenario, parse, wholeNumberOption } from './args.js';
import {
  compareJson,
  compareSection,
  compareStamp,
  formatCompare,
  formatCompareCsv,
  type CompareStamp,
} from './compareFormat.js';
import { ttyProgress } from './progress.js';
import { overrideScenario, RUN_OPTIONS, warnTo, type Io } from './runCommand.js';
import { describeWriteError, EXIT_OUTPUT_ERROR } from './streams.js';
import { stopOnSignals } from './sweepCommand.js';
import { sweepProgress } from './sweepProgress.js';
import { HELP, UsageError } from './usage.js';
import { sequenceFile } from '../sequence/load.js';
import { sequenceCompareCommand } from './sequenceCompareCommand.js';
import { warnIfLong, workersOption } from './workload.js';

export const DEFAULT_COMPARE_RUNS = 1000;

export const COMPARE_OPTIONS = {
  ...RUN_OPTIONS,
  against: { type: 'string', multiple: true },
  runs: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  report: { type: 'string' },
} as const;

export interface CompareCommandOptions {
  progress?: ((text: string) => void) | null;
  /** Stops the comparison as Ctrl-C does (tests); SIGINT is listened for either way. */
  signal?: AbortSignal;
}

type Values = ReturnType<typeof parse<typeof COMPARE_OPTIONS>>['values'];

/** Both arms, checked before any run: a bad path or value in --against is exit 2 naming it. */
function planOf(ref: string, values: Values, io: Io): { plan: PairedPlan; against: Record<string, string> } {
  const runs = wholeNumberOption('compare', 'runs', values.runs, DEFAULT_COMPARE_RUNS, 10_000_000);
  if (!values.against?.length)
    throw new UsageError('compare needs at least one --against PATH=VALUE: what arm B changes', 'compare');
  const scenario = loadScenario(ref);
  const { overrides: a, scenario: armA } = overrideScenario(scenario, values, warnTo(io));
  const against = parseSetArgs(values.against, '--against');
  applyOverrides(armA, against, '--against', warnTo(io));
  return { plan: { scenario, a, b: mergeOverrides(a, against), runs, masterSeed: values.seed ?? '1' }, against };
}

export async function compareCommand(argv: string[], io: Io, options: CompareCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('compare', argv, COMPARE_OPTIONS);
  if (values.help) {
    io.out(HELP.compare!);
    return 0;
  }
  const ref = oneScenario('compare', positionals);
  const workers = workersOption('compare', values.workers, defaultWorkers(), warnTo(io));
  // A sequence compares chains of meetings, paired on chain seeds.
  if (sequenceFile(ref)) {
    const runs = wholeNumberOption('compare', 'runs', values.runs, DEFAULT_COMPARE_RUNS, 10_000_000);
    if (!values.against?.length)
      throw new UsageError('compare needs at least one --against PATH=VALUE: what arm B changes', 'compare');
    warnIfLong('compare', 2 * runs, workers, warnTo(io));
    return sequenceCompareCommand(ref, values, { runs, workers }, io, options);
  }
  if (values.csv !== undefined && existsSync(values.csv))
    throw new UsageError(`--csv ${values.csv}: the file exists, and compare never overwrites one`, 'compare');
  const { plan, against } = planOf(ref, values, io);
  if (values.report !== undefined) checkReportFolder(values.report);
  warnIfLong('compare', 2 * plan.runs, workers, warnTo(io));
  const controller = new AbortController();
  const signals = stopOnSignals(controller, options.signal);
  const given = options.progress === undefined ? ttyProgress(io) : options.progress;
  const progress = sweepProgress(io, given, Date.now, 'compare');
  try {
    const result = await comparePaired(plan, { workers, signal: controller.signal, onProgress: progress?.update });
    progress?.clear();
    const stamp = compareStamp(ref, plan, against);
    io.out(values.json ? JSON.stringify(compareJson(result, stamp), null, 2) : formatCompare(result, stamp));
    if (result.interrupted) return stoppedEarly(io, result, stamp, values.csv, signals.exitCode());
    const code = values.csv === undefined ? 0 : writeCsv(io, values.csv, result);
    if (code !== 0 || values.report === undefined) return code;
    const section = compareSection(result, stamp);
    return await writeReportTo(io, values.report, { title: `compare ${ref}`, sections: [section] });
  } finally {
    signals.release();
  }
}

/** The CSV, whole or not at all (built beside it and renamed); 74 with one line when it cannot be written. */
function writeCsv(io: Io, file: string, result: PairedComparison): number {
  try {
    replaceWithBytes(file, Buffer.from(formatCompareCsv(result)));
    return 0;
  } catch (error) {
    io.err(`forum-sim: cannot write ${safeText(file)}: ${describeWriteError(error)}`);
    return EXIT_OUTPUT_ERROR;
  }
}

function stoppedEarly(io: Io, c: PairedComparison, stamp: CompareStamp, csv: string | undefined, code: number) {
  const unwritten = csv === undefined ? '' : `; ${safeText(csv)} was not written`;
  io.err(`forum-sim: interrupted after ${c.pairs} of ${stamp.runs} seeds: the report above counts those${unwritten}`);
  return code;
}
