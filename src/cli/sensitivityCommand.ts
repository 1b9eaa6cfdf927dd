// `forum-sim sensitivity SCENARIO`: one-at-a-time swings of parameters across their range, on
// common seeds, ranked and drawn as a tornado chart (or every number with --json).
import { defaultWorkers } from '../analysis/runPool.js';
import { runSensitivity, type SensitivityPlan } from '../analysis/sensitivity.js';
import { SWING_ENDS, swungParameters, type SwingEnds } from '../analysis/sensitivityParameters.js';
import { CONSENSUS_TEXT, REPORTED_EVENTS, type ReportedEvent } from '../analysis/consensusText.js';
import { didYouMean } from '../scenario/errors.js';
import { loadScenario } from '../scenario/loader.js';
import { oneScenario, parse, wholeNumberOption } from './args.js';
import { ttyProgress } from './progress.js';
import { overrideScenario, RUN_OPTIONS, warnTo, type Io } from './runCommand.js';
import { formatSensitivity, sensitivityJson } from './sensitivityFormat.js';
import { checkReportFolder } from '../report/reportFolder.js';
import { writeSensitivityReport } from './reportOutput.js';
import { HELP, UsageError } from './usage.js';
import { warnIfLong, workersOption } from './workload.js';

export const DEFAULT_SENSITIVITY_RUNS = 200;
export const DEFAULT_TOP = 20;

export interface SensitivityCommandOptions {
  progress?: ((text: string) => void) | null;
  /** Columns of the chart (default: the terminal's, else 80). */
  width?: number;
  color?: boolean;
}

const wholeNumber = (name: string, text: string | undefined, fallback: number, max: number) =>
  wholeNumberOption('sensitivity', name, text, fallback, max);

function oneOf<T extends string>(name: string, text: string | undefined, options: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if ((options as readonly string[]).includes(text)) return text as T;
  throw new UsageError(
    `--${name} expects one of ${options.join(', ')}, got "${text}"${didYouMean(text, options)}`,
    'sensitivity',
  );
}

/** `--param A --param B,C`: each occurrence may list several, comma-separated. */
const selectorsOf = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

function progressReporter(io: Io, given: SensitivityCommandOptions['progress']) {
  const progress = given === undefined ? ttyProgress(io) : given;
  if (!progress) return { progress, onProgress: undefined };
  const started = performance.now();
  const onProgress = (done: number, total: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? `, about ${Math.ceil((total - done) / rate)} s left` : '';
    progress(
      `sensitivity: ${done}/${total} runs (${Math.floor((100 * done) / total)}%), ${Math.round(rate)} runs/s${eta}`,
    );
  };
  return { progress, onProgress };
}

const SENSITIVITY_OPTIONS = {
  ...RUN_OPTIONS,
  runs: { type: 'string' },
  workers: { type: 'string' },
  param: { type: 'string', multiple: true },
  ends: { type: 'string' },
  outcome: { type: 'string' },
  top: { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse<typeof SENSITIVITY_OPTIONS>>['values'];

/** What to run, from the options: every bad value is a usage error before any run starts. */
function planOf(ref: string, values: Values, io: Io): SensitivityPlan {
  const runs = wholeNumber('runs', values.runs, DEFAULT_SENSITIVITY_RUNS, 1_000_000);
  const ends = oneOf<SwingEnds>('ends', values.ends, SWING_ENDS, 'range');
  // By default "was a text agreed?": at a forum that always issues a chair's statement, the
  // joint-statement share is 0 whatever the parameters, which would hide what decides the text.
  const outcome = oneOf<ReportedEvent>('outcome', values.outcome, REPORTED_EVENTS, CONSENSUS_TEXT);
  const scenario = loadScenario(ref);
  // Validates --params and --set as `run` does; the parameters swing around the overridden scenario.
  const { overrides: base, scenario: overridden } = overrideScenario(scenario, values, warnTo(io));
  return {
    scenario,
    base,
    parameters: swungParameters(overridden, selectorsOf(values.param), ends),
    runs,
    masterSeed: values.seed ?? '1',
    outcome,
    ends,
  };
}

export async function sensitivityCommand(
  argv: string[],
  io: Io,
  options: SensitivityCommandOptions = {},
): Promise<number> {
  const { values, positionals } = parse('sensitivity', argv, SENSITIVITY_OPTIONS);
  if (values.help) {
    io.out(HELP.sensitivity!);
    return 0;
  }
  const ref = oneScenario('sensitivity', positionals);
  const workers = workersOption('sensitivity', values.workers, defaultWorkers(), warnTo(io));
  const top = wholeNumber('top', values.top, DEFAULT_TOP, 100_000);
  const plan = planOf(ref, values, io);
  if (values.report !== undefined) checkReportFolder(values.report);
  warnIfLong('sensitivity', plan.runs * (1 + 2 * plan.parameters.length), workers, warnTo(io));
  const { progress, onProgress } = progressReporter(io, options.progress);
  const report = await runSensitivity(plan, { workers, ...(onProgress ? { onProgress } : {}) });
  if (progress) progress('');
  const reported = () =>
    values.report === undefined
      ? 0
      : writeSensitivityReport(
          io,
          values.report,
          report,
          { scenario: ref, scenarioHash: plan.scenario.hash, overrides: plan.base },
          top,
        );
  if (values.json) {
    const stamp = { scenarioHash: plan.scenario.hash, overrides: plan.base };
    io.out(JSON.stringify(sensitivityJson(report, ref, stamp), null, 2));
    return reported();
  }
  const tty = Boolean(process.stdout.isTTY);
  const width = options.width ?? (tty && process.stdout.columns ? process.stdout.columns : 80);
  const color = options.color ?? (tty && !process.env.NO_COLOR);
  io.out(formatSensitivity(report, ref, { top, width, color }));
  return reported();
}
