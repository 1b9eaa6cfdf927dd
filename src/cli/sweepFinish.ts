// When a sweep has done every run: its --out file's lines put in run order, and the --csv-runs
// file written from it. Both replace or create a file by rename, so each is whole or untouched.
import { existsSync } from 'node:fs';
import { sortSweepFile } from '../analysis/sweepSort.js';
import { safeText } from '../present/safeText.js';
import type { Io } from './runCommand.js';
import { describeWriteError, EXIT_OUTPUT_ERROR } from './streams.js';
import type { SweepFlags } from './sweepOptions.js';
import { writeRunsCsv } from './sweepRunsCsv.js';
import { UsageError } from './usage.js';

/** Before any run: a --csv-runs file that exists is never overwritten. */
export function refuseExistingCsv(flags: Pick<SweepFlags, 'csvRuns'>): void {
  if (flags.csvRuns !== null && existsSync(flags.csvRuns))
    throw new UsageError(`--csv-runs ${flags.csvRuns}: the file exists, and a sweep never overwrites one`, 'sweep');
}

const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';

/** 0, or EXIT_OUTPUT_ERROR with a message when a file could not be written (the runs are all kept). */
export function finishSweepFile(io: Io, flags: Pick<SweepFlags, 'out' | 'csvRuns'>): number {
  if (flags.out === null) return 0;
  const step = { file: flags.out, what: 'sort the lines of' };
  try {
    sortSweepFile(flags.out);
    if (flags.csvRuns !== null) {
      Object.assign(step, { file: flags.csvRuns, what: 'write' });
      writeRunsCsv(flags.out, flags.csvRuns);
    }
    return 0;
  } catch (error) {
    if (!isSystemError(error)) throw error;
    io.err(
      `forum-sim: cannot ${step.what} ${safeText(step.file)}: ${describeWriteError(error)}; ${safeText(flags.out)} holds every run`,
    );
    return EXIT_OUTPUT_ERROR;
  }
}

/** A write to the --out file failed: 74; the file keeps its whole lines. */
export function writeFailed(io: Io, out: string | null, error: unknown): number {
  io.err(
    `forum-sim: cannot write ${safeText(out ?? '')}: ${describeWriteError(error)}; its whole lines are kept; the sweep stopped`,
  );
  return EXIT_OUTPUT_ERROR;
}

/** After Ctrl-C or SIGTERM: what the --out file holds and how to complete it; `code` is the signal's exit code. */
export function stoppedEarly(
  io: Io,
  out: string | null,
  completed: number,
  unit: 'run' | 'chain',
  code: number,
): number {
  const next = out
    ? `; ${safeText(out)} holds every finished ${unit}: complete it by running the same command with --resume`
    : ' (no --out file to resume from)';
  io.err(`forum-sim: interrupted after ${completed} ${unit}s${next}`);
  return code;
}
