// `forum-sim sweep SCENARIO --runs N`: many seeded runs on worker threads, streamed to a JSONL
// file, summarised as the odds of each outcome. Ctrl-C keeps every finished run and prints the
// summary so far (exit 130); --resume completes the file.
import { defaultWorkers } from '../analysis/runPool.js';
import type { Scenario } from '../domain/types.js';
import type { Shard, SweepHeader } from '../analysis/sweepLine.js';
import { sweepHeader } from '../analysis/sweepPlan.js';
import { runSweep } from '../analysis/sweepRun.js';
import { summarizeSweep, type SweepSummary } from '../analysis/sweepSummary.js';
import type { SweepTally } from '../analysis/sweepTally.js';
import { loadScenario } from '../scenario/loader.js';
import { applyOverrides } from '../scenario/overrides.js';
import { oneScenario, parse } from './args.js';
import { overrideScenario, warnTo, type Io } from './runCommand.js';
import { EXIT_OUTPUT_ERROR } from './streams.js';
import { formatSweep, formatSweepCsv } from './sweepFormat.js';
import { SWEEP_OPTIONS, sweepFlags, type SweepFlags } from './sweepOptions.js';
import { createSweepFile, resumeSweepFile, type SweepSink } from './sweepOutput.js';
import { SweepIoError } from './sweepIoError.js';
import { finishSweepFile, refuseExistingCsv, stoppedEarly, writeFailed } from './sweepFinish.js';
import { sweepProgress } from './sweepProgress.js';
import { HELP, UsageError } from './usage.js';
import { sequenceFile } from '../sequence/load.js';
import { sequenceSweepCommand } from './sequenceSweepCommand.js';
import { sweepReporter } from './reportOutput.js';

/** Exit code after Ctrl-C, as a shell reports a process ended by SIGINT. */
export const EXIT_INTERRUPTED = 130;
/** Exit code after SIGTERM. */
export const EXIT_TERMINATED = 143;

export interface SweepCommandOptions {
  progress?: ((text: string) => void) | null;
  /** Stops the sweep as Ctrl-C does (tests); SIGINT is listened for either way. */
  signal?: AbortSignal;
}

export function printSummary(
  io: Io,
  summary: SweepSummary,
  format: SweepFlags['format'],
  shard: Shard | null = null,
): void {
  if (format === 'json') io.out(JSON.stringify(summary, null, 2));
  else if (format === 'csv') io.out(formatSweepCsv(summary));
  else io.out(formatSweep(summary, shard));
}

export async function sweepCommand(argv: string[], io: Io, options: SweepCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('sweep', argv, SWEEP_OPTIONS);
  if (values.help) return printHelp(io);
  const flags = sweepFlags(values, defaultWorkers(), warnTo(io));
  const ref = oneScenario('sweep', positionals);
  // A sequence (`kind: sequence`, or a built-in sequence id) sweeps as chains of meetings.
  if (sequenceFile(ref)) return sequenceSweepCommand(ref, values, flags, io, options);
  if (values.given !== undefined) throw new UsageError('--given is for a sequence (its meetings)', 'sweep');
  const base = loadScenario(ref);
  const header = planSweep(base, values, flags, warnTo(io));
  return executeSweep(io, base, header, flags, options);
}

/**
 * Runs a planned sweep (or a design's runs: `forum-sim design`) into its --out file, with the lock,
 * resume, workers, Ctrl-C and summary every sweep has; returns the exit code.
 */
export async function executeSweep(
  io: Io,
  base: Scenario,
  header: SweepHeader,
  flags: SweepFlags,
  options: SweepCommandOptions = {},
): Promise<number> {
  // The report folder is checked before the --out file is touched, so a refusal costs nothing.
  const report = sweepReporter(flags.report, header, flags.resume);
  const start = openOut(flags, header, io);
  if (typeof start === 'number') return start;
  const controller = new AbortController();
  const signals = stopOnSignals(controller, options.signal);
  const progress = sweepProgress(io, options.progress);
  let writeError: unknown = null;
  try {
    const { tally, interrupted } = await runSweep(
      { header, scenario: base, tally: start.tally, done: start.done, fullInputs: flags.fullInputs },
      {
        workers: flags.workers,
        signal: controller.signal,
        onRecords: (records) => {
          report?.add(records);
          try {
            start.sink?.write(records);
          } catch (error) {
            writeError ??= error;
            controller.abort();
          }
        },
        onProgress: progress?.update,
      },
    );
    progress?.clear();
    const summary = summarizeSweep(header, tally);
    printSummary(io, summary, flags.format, header.shard);
    if (writeError !== null) return writeFailed(io, flags.out, writeError);
    const code = interrupted
      ? stoppedEarly(io, flags.out, tally.completed, 'run', signals.exitCode())
      : finishSweepFile(io, flags);
    return report ? await report.write(io, summary, code) : code;
  } finally {
    signals.release();
    start.sink?.close();
  }
}

function printHelp(io: Io): number {
  io.out(HELP.sweep!);
  return 0;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM (a scheduler stopping the job) aborts the sweep; the exit code is
 * 128 + the signal's number, as a shell reports it. A second signal does not wait for the summary;
 * writes are synchronous, so no half line is left either way.
 */
export function stopOnSignals(controller: AbortController, signal?: AbortSignal) {
  let exitCode = EXIT_INTERRUPTED;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const code = name === 'SIGINT' ? EXIT_INTERRUPTED : EXIT_TERMINATED;
    const handler = () => {
      if (controller.signal.aborted) process.exit(code);
      exitCode = code;
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  const onAbort = () => controller.abort();
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    exitCode: () => exitCode,
    release() {
      for (const [name, handler] of handlers) process.off(name, handler);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** The header of this sweep: the forum with --params, --set and --vary applied, checked. */
function planSweep(
  base: Scenario,
  values: { params?: string; set?: string[] },
  flags: SweepFlags,
  warn: (message: string) => void,
): SweepHeader {
  const { overrides, scenario } = overrideScenario(base, values, warn);
  const varied = applyOverrides(scenario, flags.vary, '--vary', warn);
  if (Object.keys(flags.vary).length > 0 && !varied.uncertainty.enabled)
    warn('--vary has no effect with forum.uncertainty=off: every run uses the stated values');
  return sweepHeader(base, varied, { ...flags, overrides });
}

interface OpenedOut {
  sink: SweepSink | null;
  tally?: SweepTally;
  done?: Uint8Array;
}

/** The --out file, locked; or the exit code (74) once a file that cannot be read or written is reported. */
function openOut(flags: SweepFlags, header: SweepHeader, io: Io): OpenedOut | number {
  if (flags.out === null) return { sink: null };
  refuseExistingCsv(flags);
  try {
    if (flags.resume) return resumeSweepFile(flags.out, header, warnTo(io));
    return { sink: createSweepFile(flags.out, header, warnTo(io)) };
  } catch (error) {
    if (!(error instanceof SweepIoError)) throw error;
    io.err(`forum-sim: ${error.message}`);
    return EXIT_OUTPUT_ERROR;
  }
}
