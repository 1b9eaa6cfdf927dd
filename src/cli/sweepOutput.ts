// The sweep's --out file: created new (never over a file that exists) with its header line, or
// reopened by --resume after checking it was written by this same sweep. Whole lines only.
import { closeSync, openSync, truncateSync, writeSync } from 'node:fs';
import { readSweepFile } from '../analysis/sweepFile.js';
import { sweepLineText, type SweepHeader, type SweepRecord } from '../analysis/sweepLine.js';
import { headerMismatch } from '../analysis/sweepPlan.js';
import type { SweepTally } from '../analysis/sweepTally.js';
import { InputError } from '../scenario/errors.js';
import { describeWriteError } from './streams.js';
import { UsageError } from './usage.js';

export interface SweepSink {
  write: (records: readonly SweepRecord[]) => void;
  close: () => void;
}

function sink(fd: number): SweepSink {
  return {
    write(records) {
      if (records.length === 0) return;
      // One write per slice, of whole lines: an interrupted sweep never leaves half a line.
      const bytes = Buffer.from(records.map(sweepLineText).join('\n') + '\n');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    },
    close: () => closeSync(fd),
  };
}

function cannotOpen(file: string, error: unknown): InputError {
  return new InputError([{ file, path: '', message: `cannot write: ${describeWriteError(error)}` }]);
}

export function createSweepFile(file: string, header: SweepHeader): SweepSink {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(
        `--out ${file}: the file exists, and a sweep never overwrites one: add --resume to complete the sweep it holds, or choose another file`,
        'sweep',
      );
    throw cannotOpen(file, error);
  }
  const out = sink(fd);
  try {
    writeSync(fd, JSON.stringify(header) + '\n');
  } catch (error) {
    out.close();
    throw cannotOpen(file, error);
  }
  return out;
}

export interface Resumed {
  sink: SweepSink;
  tally: SweepTally;
  done: Uint8Array;
}

/** The file's runs so far, checked against this sweep, and the file reopened to append the rest. */
export function resumeSweepFile(file: string, header: SweepHeader, warn: (message: string) => void): Resumed {
  const found = readSweepFile(file);
  const mismatch = headerMismatch(found.header, header, { shards: true });
  if (mismatch)
    throw new InputError([
      {
        file,
        path: '',
        line: 1,
        message: `written by another sweep (${mismatch}): resume with the SCENARIO, --runs, --seed, --shard, --set, --params and --vary that started it`,
      },
    ]);
  if (found.cutOff !== null) {
    warn(
      `${file}: line ${found.cutOff} was cut short (the sweep was killed while writing it); it is dropped and run again`,
    );
    truncateSync(file, found.validBytes);
  }
  let fd: number;
  try {
    fd = openSync(file, 'a');
  } catch (error) {
    throw cannotOpen(file, error);
  }
  return { sink: sink(fd), tally: found.tally, done: found.done };
}
