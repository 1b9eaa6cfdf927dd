// `forum-sim sweep SCENARIO --runs N`: many seeded runs on worker threads, streamed to a JSONL
// file, summarised as the odds of each outcome. Ctrl-C keeps every finished run and prints the
// summary so far (exit 130); --resume completes the file.
import { defaultWorkers } from '../analysis/runPool.js';
import type { SweepHeader } from '../analysis/sweepLine.js';
import { sweepHeader } from '../analysis/sweepPlan.js';
import { runSweep } from '../analysis/sweepRun.js';
import { summarizeSweep, type SweepSummary } from '../analysis/sweepSummary.js';
import type { SweepTally } from '../analysis/sweepTally.js';
import { loadScenario } from '../scenario/loader.js';
import { applyOverrides } from '../scenario/overrides.js';
import { oneScenario, parse } from './args.js';
import { overrideScenario, warnTo, type Io } from './runCommand.js';
import { describeWriteError } from './streams.js';
import { formatSweep, formatSweepCsv } from './sweepFormat.js';
import { SWEEP_OPTIONS, sweepFlags, type SweepFlags } from './sweepOptions.js';
import { createSweepFile, resumeSweepFile, type SweepSink } from './sweepOutput.js';
import { sweepProgress } from './sweepProgress.js';
import { HELP } from './usage.js';

/** Exit code after Ctrl-C, as a shell reports a process ended by SIGINT. */
export const EXIT_INTERRUPTED = 130;

export interface SweepCommandOptions {
  progress?: ((text: string) => void) | null;
  /** Stops the sweep as Ctrl-C does (tests); SIGINT is listened for either way. */
  signal?: AbortSignal;
}

export function printSummary(io: Io, summary: SweepSummary, format: SweepFlags['format']): void {
  if (format === 'json') io.out(JSON.stringify(summary, null, 2));
  else if (format === 'csv') io.out(formatSweepCsv(summary));
  else io.out(formatSweep(summary));
}

export async function sweepCommand(argv: string[], io: Io, options: SweepCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('sweep', argv, SWEEP_OPTIONS);
  if (values.help) {
    io.out(HELP.sweep!);
    return 0;
  }
  const flags = sweepFlags(values, defaultWorkers());
  const base = loadScenario(oneScenario('sweep', positionals));
  const { overrides, scenario } = overrideScenario(base, values, warnTo(io));
  const varied = applyOverrides(scenario, flags.vary, '--vary', warnTo(io));
  if (Object.keys(flags.vary).length > 0 && !varied.uncertainty.enabled)
    warnTo(io)('--vary has no effect with forum.uncertainty=off: every run uses the stated values');
  const header = sweepHeader(base, varied, { ...flags, overrides });
  const start = openOut(flags, header, warnTo(io));
  const controller = new AbortController();
  // A second Ctrl-C does not wait for the summary. Writes are synchronous: no half line either way.
  const stop = () => (controller.signal.aborted ? process.exit(EXIT_INTERRUPTED) : controller.abort());
  options.signal?.addEventListener('abort', stop, { once: true });
  process.on('SIGINT', stop);
  const progress = sweepProgress(io, options.progress === undefined ? undefined : options.progress);
  let writeError: unknown = null;
  try {
    const { tally, interrupted } = await runSweep(
      { header, file: base.source, tally: start.tally, done: start.done },
      {
        workers: flags.workers,
        signal: controller.signal,
        onRecords: (records) => {
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
    return finish(io, header, tally, flags, writeError ?? (interrupted ? 'interrupted' : null));
  } finally {
    process.off('SIGINT', stop);
    options.signal?.removeEventListener('abort', stop);
    start.sink?.close();
  }
}

function openOut(
  flags: SweepFlags,
  header: SweepHeader,
  warn: (message: string) => void,
): { sink: SweepSink | null; tally?: SweepTally; done?: Uint8Array } {
  if (flags.out === null) return { sink: null };
  if (flags.resume) return resumeSweepFile(flags.out, header, warn);
  return { sink: createSweepFile(flags.out, header) };
}

/** Prints the summary (so far); the exit code says whether the sweep finished. */
function finish(io: Io, header: SweepHeader, tally: SweepTally, flags: SweepFlags, stopped: unknown): number {
  printSummary(io, summarizeSweep(header, tally), flags.format);
  if (stopped === null) return 0;
  const where = flags.out ? ` ${flags.out} holds every finished run;` : '';
  if (stopped !== 'interrupted') {
    io.err(`forum-sim: cannot write ${flags.out}: ${describeWriteError(stopped)};${where} the sweep stopped`);
    return 74;
  }
  const again = flags.out ? ' complete it by running the same command with --resume' : ' (no --out file to resume)';
  io.err(`forum-sim: interrupted after ${tally.completed} runs;${where}${again}`);
  return EXIT_INTERRUPTED;
}
