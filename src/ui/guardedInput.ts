// The terminal's keys, read on a thread of their own, so that Ctrl-C ends the UI even when the main
// thread is stuck (a render that never returns, a long computation).
//
// In raw mode Ctrl-C is a byte, not a signal, and a busy main thread reads no bytes. So a worker
// owns fd 0: it forwards every chunk to the main thread, where Ink reads it from `stdin` as from a
// terminal. When a chunk holds Ctrl-C the worker gives the app GRACE_MS to quit the usual way
// (exit 130, the terminal restored by Ink); if the process is still alive by then, the worker puts
// the terminal back to how it found it, shows the cursor, and kills the process (the shell reports
// 137: killed). Signals would not do: Ink's signal-exit listeners run on the stuck main thread.
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';

/** How long the app has to quit on Ctrl-C before the worker ends the process. */
export const GRACE_MS = 500;

// Plain JavaScript, run with `eval`: the worker needs no module file next to the bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ReadStream } = require('node:tty');
const { writeSync } = require('node:fs');
const input = new ReadStream(workerData.inputFd);
let deadline = null;
function forceExit() {
  try { input.setRawMode(false); } catch {}
  try { writeSync(workerData.outputFd, '\\u001b[?25h\\n'); } catch {}
  process.kill(process.pid, 'SIGKILL');
}
// Raw before the app draws anything, so that no key a person types on its first screen is cooked.
input.setRawMode(true);
parentPort.postMessage({ type: 'ready' });
input.on('data', (chunk) => {
  parentPort.postMessage({ type: 'data', chunk });
  if (deadline === null && chunk.includes(3)) deadline = setTimeout(forceExit, workerData.graceMs);
});
parentPort.on('message', (message) => {
  if (message.type === 'raw') input.setRawMode(message.on);
  if (message.type === 'close') {
    if (deadline !== null) clearTimeout(deadline);
    input.setRawMode(false);
    input.destroy();
    parentPort.close();
  }
});
`;

/** What Ink needs of a stdin: a readable stream that says it is a terminal and can switch raw mode. */
export class GuardedStdin extends PassThrough {
  readonly isTTY = true;

  constructor(private readonly worker: Worker) {
    super();
  }

  setRawMode(on: boolean): this {
    this.worker.postMessage({ type: 'raw', on });
    return this;
  }

  /** Ink refs stdin while it listens and unrefs it after: the worker alone keeps the process up. */
  ref(): this {
    this.worker.ref();
    return this;
  }

  unref(): this {
    this.worker.unref();
    return this;
  }
}

export interface GuardedInput {
  stdin: GuardedStdin;
  /** Restores the terminal, stops reading and waits for the worker to end. */
  close(): Promise<void>;
}

type FromWorker = { type: 'ready' } | { type: 'data'; chunk: Uint8Array };

/**
 * Starts reading the terminal on `inputFd` (a TTY) on a worker, and resolves once the terminal is
 * in raw mode; `outputFd` gets the cursor back if the worker has to end the process.
 */
export async function openGuardedInput(inputFd = 0, outputFd = 1, graceMs = GRACE_MS): Promise<GuardedInput> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { inputFd, outputFd, graceMs } });
  const stdin = new GuardedStdin(worker);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ready') markReady();
    else stdin.write(Buffer.from(message.chunk));
  });
  // A worker that fails (fd 0 closed under it) ends like one that exits: the app just gets no more keys.
  const ended = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.once('error', () => resolve());
  });
  await Promise.race([ready, ended]);
  return {
    stdin,
    close: async () => {
      // Ink has unref'd the worker by now; the wait for it must keep the process up.
      worker.ref();
      worker.postMessage({ type: 'close' });
      await ended;
      stdin.end();
    },
  };
}
