// An exclusive lock on a sweep's --out file for the whole write, --resume included: FILE.lock,
// created with O_EXCL, holding the holder's pid and host. Two sweeps on one file would write the
// same runs twice and interleave their lines.
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { InputError } from '../scenario/errors.js';
import { isSystemError, SweepIoError } from './sweepIoError.js';

/** How often a holder touches its lock, so a sweep on another machine can tell it still runs. */
const REFRESH_MS = 10_000;
/** A lock not touched for this long, from a holder whose pid cannot be checked here, is stale. */
export const STALE_LOCK_MS = 60_000;
/** Takeovers raced by other sweeps before giving up. */
const ATTEMPTS = 3;

export interface SweepLock {
  release: () => void;
}

interface Holder {
  /** The lock file's text, to check a takeover moved the lock it judged. */
  raw: string;
  pid: number | null;
  host: string | null;
  touchedMs: number;
}

export const lockPath = (file: string) => `${file}.lock`;

/** Takes FILE.lock, or throws: InputError (exit 2) naming a live holder, SweepIoError (74). */
export function lockSweepFile(file: string, warn: (message: string) => void, now: () => number = Date.now): SweepLock {
  const path = lockPath(file);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() }) + '\n';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (create(path, mine)) return held(path, mine, now);
    const holder = readHolder(path);
    if (!holder) continue; // released meanwhile
    if (isAlive(holder, now())) throw busy(file, holder);
    if (takeOver(path, holder))
      warn(`${file}: took over the lock of a sweep that is gone (${describe(holder)}); its whole runs are kept`);
  }
  throw busy(file, readHolder(path));
}

function create(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (isSystemError(error) && error.code === 'EEXIST') return false;
    throw new SweepIoError(path, 'write', error);
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(path);
    throw new SweepIoError(path, 'write', error);
  }
  closeSync(fd);
  return true;
}

function held(path: string, mine: string, now: () => number): SweepLock {
  // The time is only for sweeps on other machines; a failed touch leaves the lock as it was.
  const refresh = setInterval(() => {
    const at = new Date(now());
    try {
      utimesSync(path, at, at);
    } catch {
      /* judged by its pid on this machine */
    }
  }, REFRESH_MS);
  refresh.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(refresh);
    process.off('exit', release);
    // Only our own: a lock taken over after ours was judged stale is not removed.
    if (readHolder(path)?.raw === mine) unlinkQuietly(path);
  };
  // A second Ctrl-C ends the process without unwinding: the lock goes too.
  process.on('exit', release);
  return { release };
}

function readHolder(path: string): Holder | null {
  try {
    const raw = readFileSync(path, 'utf8');
    const touchedMs = statSync(path).mtimeMs;
    let parsed: { pid?: unknown; host?: unknown } = {};
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      /* cut short by a kill: judged by its age */
    }
    const pid = Number.isInteger(parsed.pid) && (parsed.pid as number) > 0 ? (parsed.pid as number) : null;
    const host = typeof parsed.host === 'string' ? parsed.host : null;
    return { raw, pid, host, touchedMs };
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') return null;
    throw new SweepIoError(path, 'read', error);
  }
}

/** On this machine, by its pid; elsewhere (a shared volume), by how lately it was touched. */
function isAlive(holder: Holder, nowMs: number): boolean {
  if (holder.pid !== null && holder.host === hostname()) {
    try {
      process.kill(holder.pid, 0);
      return true;
    } catch (error) {
      return isSystemError(error) && error.code === 'EPERM';
    }
  }
  return nowMs - holder.touchedMs < STALE_LOCK_MS;
}

/** Moves the stale lock aside (atomic), checks it was the one judged, and removes it. */
function takeOver(path: string, holder: Holder): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') return false;
    throw new SweepIoError(path, 'write', error);
  }
  const moved = readHolder(aside);
  if (moved?.raw !== holder.raw) {
    // Another sweep took it over first: its fresh lock goes back (unless a third holds one now).
    try {
      linkSync(aside, path);
    } catch {
      /* the lock is held by whoever made it */
    }
    unlinkQuietly(aside);
    return false;
  }
  unlinkQuietly(aside);
  return true;
}

function describe(holder: Holder | null): string {
  if (!holder || holder.pid === null) return 'holder unknown';
  return `pid ${holder.pid}${holder.host ? ` on ${holder.host}` : ''}`;
}

function busy(file: string, holder: Holder | null): InputError {
  return new InputError([
    {
      file,
      path: '',
      message: `in use by another sweep (${describe(holder)}; its lock is ${lockPath(file)}): wait for it to end, or if no sweep is writing this file, remove the lock`,
    },
  ]);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* gone already */
  }
}
