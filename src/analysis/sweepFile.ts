// Reads a sweep's JSONL file line by line (never whole: it can hold millions of runs), checks
// each line, and folds the records into a tally, for `sweep --resume` and `merge`.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../scenario/errors.js';
import { shardRange } from './sweepPlan.js';
import type { Shard, SweepHeader, SweepRecord } from './sweepLine.js';
import { FORUM_SWEEP, type SweepKind } from './sweepKind.js';
import type { SweepTally } from './sweepTally.js';

/** A line longer than this (in bytes) is not one a sweep wrote. */
const MAX_LINE_BYTES = 1 << 20;
const CHUNK = 1 << 16;
const NEWLINE = 0x0a;

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** Byte offset just past the line's newline (or the end of the file). */
  end: number;
  /** False for a last line without its newline: a write cut short. */
  terminated: boolean;
}

/**
 * The file's lines, split on bytes: each line's position counts its bytes as they are on disk,
 * so a byte that is not UTF-8 (shown as U+FFFD, 3 bytes) cannot shift where a later line starts.
 */
export function* readLines(file: string): Generator<Line> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let offset = 0;
    let number = 0;
    for (let read; (read = readSync(fd, buffer, 0, CHUNK, offset)) > 0; offset += read) {
      let start = 0;
      for (let newline; (newline = buffer.indexOf(NEWLINE, start)) >= 0 && newline < read; start = newline + 1) {
        const bytes = Buffer.concat([...pending, buffer.subarray(start, newline)]);
        pending = [];
        pendingBytes = 0;
        yield { text: bytes.toString('utf8'), number: ++number, end: offset + newline + 1, terminated: true };
      }
      if (start < read) {
        pending.push(Buffer.from(buffer.subarray(start, read)));
        pendingBytes += read - start;
      }
      if (pendingBytes > MAX_LINE_BYTES)
        throw new InputError([{ file, path: '', line: number + 1, message: 'line too long for a sweep record' }]);
    }
    if (pendingBytes > 0)
      yield { text: Buffer.concat(pending).toString('utf8'), number: ++number, end: offset, terminated: false };
  } finally {
    closeSync(fd);
  }
}

export interface SweepFile<H = SweepHeader, T = SweepTally> {
  header: H;
  tally: T;
  /** Run index -> 1 when the file has its line. */
  done: Uint8Array;
  /** Byte length of the whole lines, before a last line cut short. */
  validBytes: number;
  /** The 1-based number of a last line cut short (a write interrupted by a crash), else null. */
  cutOff: number | null;
  /** False when the header is the whole file and lacks its newline: a record must not follow it on that line. */
  headerTerminated: boolean;
}

/** The header and tally of a sweep file; a bad or duplicated line is an InputError naming it. */
/** A line's JSON value, or the error `fail` makes saying which line is not JSON. */
export function lineJson(line: Line, afterHeader: boolean, fail: (message: string) => Error): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    throw fail(afterHeader ? 'not a line of JSON' : 'not a sweep file: expected its header line of JSON');
  }
}

/** `kind`: the forum's sweep unless another kind is given (a sequence's, src/sequence/sweepKind.ts). */
export function readSweepFile<
  H extends { runs: number; shard: Shard | null } = SweepHeader,
  R extends { run: number } = SweepRecord,
  T extends { completed: number } = SweepTally,
>(file: string, kind: SweepKind<H, R, T> = FORUM_SWEEP as unknown as SweepKind<H, R, T>): SweepFile<H, T> {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile())
    throw new InputError([{ file, path: '', message: 'no such regular file' }]);
  let header: H | null = null;
  let done = new Uint8Array(0);
  let range = { from: 0, to: 0 };
  const tally = kind.emptyTally();
  let validBytes = 0;
  let cutOff: number | null = null;
  let headerTerminated = true;
  for (const line of readLines(file)) {
    const fail = (message: string) => new InputError([{ file, path: '', line: line.number, message }]);
    // A sweep writes whole lines; one without its newline was cut short, and is dropped.
    if (!line.terminated && header) {
      cutOff = line.number;
      break;
    }
    const value = lineJson(line, header !== null, fail);
    if (!header) {
      header = kind.parseHeader(value, fail);
      headerTerminated = line.terminated;
      done = new Uint8Array(header.runs);
      range = shardRange(header.runs, header.shard);
    } else {
      const record = kind.parseRecord(value, header, fail);
      if (record.run < range.from || record.run >= range.to)
        throw fail(`run ${record.run} is outside this file's runs (${range.from} to ${range.to - 1})`);
      if (done[record.run]) throw fail(`run ${record.run} appears twice`);
      done[record.run] = 1;
      kind.addRecord(tally, record);
    }
    validBytes = line.end;
  }
  if (!header) throw new InputError([{ file, path: '', message: 'empty: not a sweep file' }]);
  return { header, tally, done, validBytes, cutOff, headerTerminated };
}
