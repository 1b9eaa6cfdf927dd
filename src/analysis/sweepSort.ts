// Puts a finished sweep file's run lines in run order (workers write them in the order they
// finish). Memory stays bounded whatever the file's size: the runs are taken a window of indices
// at a time, each window one pass that notes where its lines are, then copied in order into a new
// file that replaces the old one by rename, so a crash leaves the old file whole.
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
} from 'node:fs';
import { InputError } from '../scenario/errors.js';
import { replaceWhole, writeAllBytes } from './fileReplace.js';

const CHUNK = 1 << 20;
/** Run indices per pass: 12 bytes each (an offset and a length), so a pass holds at most 24 MB. */
const WINDOW = 1 << 21;
/** Enough of a line to hold `{"run":N,` as a sweep writes it. */
const PREFIX = 40;

interface Span {
  start: number;
  /** Without the newline. */
  length: number;
  terminated: boolean;
}

function* spans(fd: number): Generator<Span> {
  const buffer = Buffer.alloc(CHUNK);
  let lineStart = 0;
  let position = 0;
  for (let read; (read = readSync(fd, buffer, 0, CHUNK, position)) > 0; position += read) {
    const chunk = buffer.subarray(0, read);
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) {
      yield { start: lineStart, length: position + at - lineStart, terminated: true };
      lineStart = position + at + 1;
    }
  }
  if (lineStart < position) yield { start: lineStart, length: position - lineStart, terminated: false };
}

function bytesAt(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  for (let got = 0; got < length;) {
    const read = readSync(fd, buffer, got, length - got, start + got);
    if (read === 0) break;
    got += read;
  }
  return buffer;
}

/** The run index of a record line: from its prefix as a sweep writes it, else from the whole line. */
function runOf(fd: number, span: Span, fail: (message: string) => Error): number {
  const prefix = bytesAt(fd, span.start, Math.min(span.length, PREFIX)).toString('latin1');
  const match = /^\{"run":(\d{1,15})[,}]/.exec(prefix);
  if (match) return Number(match[1]);
  let value: unknown;
  try {
    value = JSON.parse(bytesAt(fd, span.start, span.length).toString('utf8'));
  } catch {
    throw fail('not a line of JSON');
  }
  const run = (value as { run?: unknown } | null)?.run;
  if (typeof run !== 'number' || !Number.isSafeInteger(run) || run < 0) throw fail('run: expected a run index');
  return run;
}

/**
 * Sorts the record lines of `file` by run index, keeping its header line first and every byte of
 * every line. Returns false when they were in order already (the file is then left untouched).
 * The file must be whole: a last line cut short is refused (complete it with --resume first).
 * `window`: run indices per pass (tests take several passes with a small one).
 */
export function sortSweepFile(file: string, window = WINDOW): boolean {
  const fd = openSync(file, 'r');
  try {
    const failAt = (line: number) => (message: string) => new InputError([{ file, path: '', line, message }]);
    let header: Span | null = null;
    let [records, lowest, highest, previous, sorted] = [0, Infinity, -1, -1, true];
    let number = 0;
    for (const span of spans(fd)) {
      number++;
      if (!span.terminated) throw failAt(number)('cut short: complete the sweep with --resume before sorting it');
      if (header === null) {
        header = span;
        continue;
      }
      const run = runOf(fd, span, failAt(number));
      records++;
      sorted &&= run > previous;
      [previous, lowest, highest] = [run, Math.min(lowest, run), Math.max(highest, run)];
    }
    if (header === null || sorted) return false;
    rewrite(fd, file, header, { records, lowest, highest, window });
    return true;
  } finally {
    closeSync(fd);
  }
}

function rewrite(
  fd: number,
  file: string,
  header: Span,
  found: { records: number; lowest: number; highest: number; window: number },
): void {
  replaceWhole(file, `${file}.${process.pid}.sorting`, (out) => {
    fchmodSync(out, fstatSync(fd).mode & 0o777);
    const write = (bytes: Buffer) => writeAllBytes(out, bytes);
    write(bytesAt(fd, header.start, header.length + 1));
    let written = 0;
    for (let from = found.lowest; from <= found.highest; from += found.window)
      written += copyWindow(fd, file, from, Math.min(found.window, found.highest + 1 - from), write);
    // Every line copied, or the old file stays as it was.
    if (written !== found.records) throw new Error(`sorting ${file}: ${written} of ${found.records} lines copied`);
    fsyncSync(out);
  });
}

/** One pass: where the lines of runs [from, from + size) are, then those lines copied in order. */
function copyWindow(fd: number, file: string, from: number, size: number, write: (bytes: Buffer) => void): number {
  const starts = new Float64Array(size).fill(-1);
  const lengths = new Uint32Array(size);
  let number = 0;
  for (const span of spans(fd)) {
    if (++number === 1) continue;
    const fail = (message: string) => new InputError([{ file, path: '', line: number, message }]);
    const run = runOf(fd, span, fail);
    if (run < from || run >= from + size) continue;
    if (starts[run - from]! >= 0) throw fail(`run ${run} appears twice`);
    starts[run - from] = span.start;
    lengths[run - from] = span.length + 1;
  }
  let copied = 0;
  for (let i = 0; i < size; i++)
    if (starts[i]! >= 0) {
      write(bytesAt(fd, starts[i]!, lengths[i]!));
      copied++;
    }
  return copied;
}
