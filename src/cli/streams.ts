// The process's output streams, guarded: a reader that has gone (EPIPE) ends the program quietly
// with 0, as Unix tools do; any other failure to write is one line on stderr and exit 74, never
// an unhandled 'error' event with a stack trace.
import { getSystemErrorMap } from 'node:util';
import type { Io } from './runCommand.js';

/** Exit code when output cannot be written (sysexits' EX_IOERR). */
export const EXIT_OUTPUT_ERROR = 74;

/** `ENOSPC (no space left on device)`, or the error's message when it has no system code. */
export function describeWriteError(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  const code = e?.code;
  if (!code) return String(e?.message ?? error);
  const known = typeof e.errno === 'number' ? getSystemErrorMap().get(e.errno) : undefined;
  return known && known[0] === code ? `${code} (${known[1]})` : code;
}

type Writable = Pick<NodeJS.WriteStream, 'write' | 'on'>;

export interface GuardedOutput {
  /** Lines to stdout and stderr, and raw progress text to stderr; each dropped once its stream failed. */
  io: Io;
  /** The exit code to report: EXIT_OUTPUT_ERROR when some output was lost, else `code`. */
  exitCode: (code: number) => number;
}

export interface StreamExits {
  /** Ends the process at once (after stdout failed, the rest of the work has no reader). */
  exit: (code: number) => void;
  /** Records EXIT_OUTPUT_ERROR as the exit code, for a failure found after the command returned. */
  lost: (code: number) => void;
}

const isEpipe = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

/** A writer that never throws: a synchronous throw goes to `onError`, as an 'error' event does. */
function safeWriter(stream: Writable, failed: () => boolean, onError: (error: unknown) => void) {
  stream.on('error', onError);
  return (text: string) => {
    if (failed()) return;
    try {
      stream.write(text);
    } catch (error) {
      onError(error);
    }
  };
}

/**
 * Listens for 'error' on both streams and catches synchronous throws from write, so neither can
 * crash the process.
 */
export function guardStreams(stdout: Writable, stderr: Writable, exits: StreamExits): GuardedOutput {
  let stdoutFailed = false;
  let stderrFailed = false;
  let lost = false;
  // A failing stderr cannot report itself: its text is dropped, and only a real failure (not a
  // reader that has gone) changes the exit code, so stdout's result still counts.
  const errWrite = safeWriter(
    stderr,
    () => stderrFailed,
    (error) => {
      if (stderrFailed) return;
      stderrFailed = true;
      if (isEpipe(error)) return;
      lost = true;
      exits.lost(EXIT_OUTPUT_ERROR);
    },
  );
  const outWrite = safeWriter(
    stdout,
    () => stdoutFailed,
    (error) => {
      if (stdoutFailed) return;
      stdoutFailed = true;
      if (isEpipe(error)) return exits.exit(0);
      errWrite(`forum-sim: cannot write output: ${describeWriteError(error)}\n`);
      exits.exit(EXIT_OUTPUT_ERROR);
    },
  );
  return {
    io: { out: (text) => outWrite(text + '\n'), err: (text) => errWrite(text + '\n'), progress: errWrite },
    exitCode: (code) => (lost ? EXIT_OUTPUT_ERROR : code),
  };
}
