// The sweep's --out file, locked for the whole write (sweepLock.ts): created new (never over a
// file that exists) with its header written whole (a temporary file, then linked into place), or
// reopened by --resume after checking it was written by this same sweep. Whole lines only.
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  truncateSync,
  unlinkSync,
} from 'node:fs';
import { readSweepFile } from '../analysis/sweepFile.js';
import { FORUM_SWEEP, type SweepKind } from '../analysis/sweepKind.js';
import type { Shard, SweepHeader, SweepRecord } from '../analysis/sweepLine.js';
import type { SweepTally } from '../analysis/sweepTally.js';
import { InputError } from '../scenario/errors.js';
import { isSystemError, SweepIoError } from './sweepIoError.js';
import { lockSweepFile, type SweepLock } from './sweepLock.js';
import { writeAllBytes } from '../analysis/fileReplace.js';
import { UsageError } from './usage.js';

/** A kind of sweep (the forum's unless another is given: a sequence's, src/sequence/sweepKind.ts). */
type AnyKind = SweepKind<{ runs: number; shard: Shard | null }, { run: number }, { completed: number }>;
const FORUM = FORUM_SWEEP as unknown as AnyKind;
/** The kind of a sweep whose header is H, run lines R and tally T. */
type KindOf<H, R, T> = SweepKind<
  H & { runs: number; shard: Shard | null },
  R & { run: number },
  T & { completed: number }
>;

export interface SweepSink<R = SweepRecord> {
  write: (records: readonly R[]) => void;
  /** Closes the file and releases its lock. */
  close: () => void;
}

function sink(fd: number, lock: SweepLock, kind: AnyKind): SweepSink<never> {
  return {
    write(records) {
      if (records.length === 0) return;
      // One write per slice, of whole lines: an interrupted sweep never leaves half a line.
      writeAllBytes(fd, Buffer.from(records.map((r) => kind.lineText(r)).join('\n') + '\n'));
    },
    close() {
      closeSync(fd);
      lock.release();
    },
  };
}

/** Runs `open` under the file's lock; the lock is released if it throws. */
function locked(file: string, warn: (message: string) => void, open: (lock: SweepLock) => unknown) {
  const lock = lockSweepFile(file, warn);
  try {
    return open(lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

const exists = (file: string) => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

function existsError(file: string): UsageError {
  return new UsageError(
    `--out ${file}: the file exists, and a sweep never overwrites one: add --resume to complete the sweep it holds, or choose another file`,
    'sweep',
  );
}

/**
 * Writes the header to FILE.header.tmp and puts it in place: linked (never over a file that
 * exists) or, with `replace`, renamed over a file found to hold no whole header. A kill or a full
 * disk leaves no file at all, never an empty one. Returns the file, open to append runs.
 */
function writeHeader(file: string, header: object, replace: boolean): number {
  const temp = `${file}.header.tmp`;
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw new SweepIoError(file, 'write', error);
  }
  try {
    writeAllBytes(fd, Buffer.from(JSON.stringify(header) + '\n'));
    fsyncSync(fd);
    if (replace) renameSync(temp, file);
    else putInPlace(temp, file);
    return fd;
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      /* renamed already, or never made */
    }
    if (error instanceof UsageError || !isSystemError(error)) throw error;
    throw new SweepIoError(file, 'write', error);
  }
}

function putInPlace(temp: string, file: string): void {
  try {
    linkSync(temp, file);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    if (error.code === 'EEXIST') throw existsError(file);
    // A filesystem without hard links: the lock keeps other sweeps out, so a check then a rename.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(error.code ?? '')) throw error;
    if (exists(file)) throw existsError(file);
    renameSync(temp, file);
    return;
  }
  unlinkSync(temp);
}

export function createSweepFile<H = SweepHeader, R = SweepRecord>(
  file: string,
  header: H,
  warn: (message: string) => void,
  kind: KindOf<H, R, unknown> = FORUM as never,
): SweepSink<R> {
  return locked(file, warn, (lock) => {
    if (exists(file)) throw existsError(file);
    return sink(writeHeader(file, header as object, false), lock, kind as unknown as AnyKind);
  }) as SweepSink<R>;
}

export interface Resumed<R = SweepRecord, T = SweepTally> {
  sink: SweepSink<R>;
  /** Absent when the file held no whole header and the sweep started afresh. */
  tally?: T;
  done?: Uint8Array;
}

/** The file's runs so far, checked against this sweep, and the file reopened to append the rest. */
export function resumeSweepFile<H = SweepHeader, R = SweepRecord, T = SweepTally>(
  file: string,
  header: H,
  warn: (message: string) => void,
  kind: KindOf<H, R, T> = FORUM as never,
): Resumed<R, T> {
  if (!lstatSync(file, { throwIfNoEntry: false })?.isFile())
    throw new InputError([{ file, path: '', message: 'no such regular file' }]);
  const any = kind as unknown as AnyKind;
  return locked(file, warn, (lock) => {
    if (holdsNoHeader(file, header as object)) {
      warn(`${file}: holds no whole header (the sweep that made it stopped before writing one): starting afresh`);
      return { sink: sink(writeHeader(file, header as object, true), lock, any) };
    }
    return resumeRuns(file, header as never, warn, lock, any);
  }) as Resumed<R, T>;
}

/** Empty, or the start of this very sweep's header line cut short: nothing in it to keep. */
function holdsNoHeader(file: string, header: object): boolean {
  const expected = Buffer.from(JSON.stringify(header));
  try {
    if (lstatSync(file).size >= expected.length) return false;
    const found = readFileSync(file);
    return expected.subarray(0, found.length).equals(found);
  } catch (error) {
    throw new SweepIoError(file, 'read', error);
  }
}

function resumeRuns(
  file: string,
  header: { runs: number; shard: Shard | null },
  warn: (message: string) => void,
  lock: SweepLock,
  kind: AnyKind,
): Resumed<never, { completed: number }> {
  let found;
  try {
    found = readSweepFile(file, kind);
  } catch (error) {
    if (isSystemError(error)) throw new SweepIoError(file, 'read', error);
    throw error;
  }
  const mismatch = kind.mismatch(found.header, header, { shards: true });
  if (mismatch)
    throw new InputError([
      {
        file,
        path: '',
        line: 1,
        message: `written by another sweep (${mismatch}): resume with the SCENARIO, --runs, --seed, --shard, --set, --params and --vary that started it`,
      },
    ]);
  let fd: number;
  try {
    if (found.cutOff !== null) {
      warn(
        `${file}: line ${found.cutOff} was cut short (the sweep was killed while writing it); it is dropped and run again`,
      );
      truncateSync(file, found.validBytes);
    }
    fd = openSync(file, 'a');
  } catch (error) {
    throw new SweepIoError(file, 'write', error);
  }
  try {
    // A header cut just before its newline: the runs must start on a line of their own.
    if (!found.headerTerminated) writeAllBytes(fd, Buffer.from('\n'));
  } catch (error) {
    closeSync(fd);
    throw new SweepIoError(file, 'write', error);
  }
  return { sink: sink(fd, lock, kind), tally: found.tally, done: found.done };
}
