// What the sweep-file machinery (the --out file, its lock, --resume, shards, merge, sort) needs to
// know of a kind of sweep: how its header and run lines are checked, compared and folded. A forum's
// sweep is one kind; a sequence's (src/sequence/sweepKind.ts) is another, in the same file layout:
// a header line, then one line per run that starts `{"run":N,`.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Shard, SweepHeader, SweepRecord } from './sweepLine.js';
import { sweepLineText } from './sweepLine.js';
import { parseHeader, parseRecord } from './sweepParse.js';
import { headerMismatch } from './sweepPlan.js';
import { addRecord, emptyTally, type SweepTally } from './sweepTally.js';

type Fail = (message: string) => Error;

export interface SweepKind<
  H extends { runs: number; shard: Shard | null },
  R extends { run: number },
  T extends { completed: number },
> {
  parseHeader(value: unknown, fail: Fail): H;
  parseRecord(value: unknown, header: H, fail: Fail): R;
  /** The first field on which two headers differ (shards apart unless `shards`), or null. */
  mismatch(a: H, b: H, options?: { shards?: boolean }): string | null;
  emptyTally(): T;
  addRecord(tally: T, record: R): void;
  lineText(record: R): string;
}

export const FORUM_SWEEP: SweepKind<SweepHeader, SweepRecord, SweepTally> = {
  parseHeader,
  parseRecord,
  mismatch: headerMismatch,
  emptyTally,
  addRecord,
  lineText: sweepLineText,
};

/** Bytes of a file's start read to tell its kind: a header line is far shorter. */
const PEEK_BYTES = 1 << 16;

/**
 * `sequence` when a file's first line is a sequence sweep's header, else `forum` (a file that
 * cannot be read or is not a sweep file is left to the forum reader, whose errors name it).
 */
export function sweepFileKind(file: string): 'forum' | 'sequence' {
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(PEEK_BYTES);
      text = buffer.subarray(0, readSync(fd, buffer, 0, PEEK_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'forum';
  }
  try {
    const header = JSON.parse(text.split('\n')[0]!) as { kind?: unknown } | null;
    return header?.kind === 'sequence' ? 'sequence' : 'forum';
  } catch {
    return 'forum';
  }
}
