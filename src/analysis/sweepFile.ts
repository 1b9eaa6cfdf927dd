// Reads a sweep's JSONL file line by line (never whole: it can hold millions of runs), checks
// each line, and folds the records into a tally, for `sweep --resume` and `merge`.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../scenario/errors.js';
import { shardRange } from './sweepPlan.js';
import type { SweepHeader } from './sweepLine.js';
import { parseHeader, parseRecord } from './sweepParse.js';
import { addRecord, emptyTally, type SweepTally } from './sweepTally.js';

/** A line longer than this is not one a sweep wrote. */
const MAX_LINE_CHARS = 1 << 20;
const CHUNK = 1 << 16;

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** Byte offset just past the line's newline (or the end of the file). */
  end: number;
  /** False for a last line without its newline: a write cut short. */
  terminated: boolean;
}

export function* readLines(file: string): Generator<Line> {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(CHUNK);
    let pending = '';
    let offset = 0;
    let number = 0;
    let lineStart = 0;
    for (let read; (read = readSync(fd, buffer, 0, CHUNK, offset)) > 0; offset += read) {
      pending += decoder.write(buffer.subarray(0, read));
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const text = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        lineStart += Buffer.byteLength(text) + 1;
        yield { text, number: ++number, end: lineStart, terminated: true };
      }
      if (pending.length > MAX_LINE_CHARS)
        throw new InputError([{ file, path: '', line: number + 1, message: 'line too long for a sweep record' }]);
    }
    pending += decoder.end();
    if (pending !== '') yield { text: pending, number: ++number, end: offset, terminated: false };
  } finally {
    closeSync(fd);
  }
}

export interface SweepFile {
  header: SweepHeader;
  tally: SweepTally;
  /** Run index -> 1 when the file has its line. */
  done: Uint8Array;
  /** Byte length of the whole lines, before a last line cut short. */
  validBytes: number;
  /** The 1-based number of a last line cut short (a write interrupted by a crash), else null. */
  cutOff: number | null;
}

/** The header and tally of a sweep file; a bad or duplicated line is an InputError naming it. */
export function readSweepFile(file: string): SweepFile {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile())
    throw new InputError([{ file, path: '', message: 'no such regular file' }]);
  let header: SweepHeader | null = null;
  let done = new Uint8Array(0);
  let range = { from: 0, to: 0 };
  const tally = emptyTally();
  let validBytes = 0;
  let cutOff: number | null = null;
  for (const line of readLines(file)) {
    const fail = (message: string) => new InputError([{ file, path: '', line: line.number, message }]);
    // A sweep writes whole lines; one without its newline was cut short, and is dropped.
    if (!line.terminated && header) {
      cutOff = line.number;
      break;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      throw fail(header ? 'not a line of JSON' : 'not a sweep file: expected its header line of JSON');
    }
    if (!header) {
      header = parseHeader(value, fail);
      done = new Uint8Array(header.runs);
      range = shardRange(header.runs, header.shard);
    } else {
      const record = parseRecord(value, header, fail);
      if (record.run < range.from || record.run >= range.to)
        throw fail(`run ${record.run} is outside this file's runs (${range.from} to ${range.to - 1})`);
      if (done[record.run]) throw fail(`run ${record.run} appears twice`);
      done[record.run] = 1;
      addRecord(tally, record);
    }
    validBytes = line.end;
  }
  if (!header) throw new InputError([{ file, path: '', message: 'empty: not a sweep file' }]);
  return { header, tally, done, validBytes, cutOff };
}
