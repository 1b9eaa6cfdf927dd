// The shards of a sweep folded together one file at a time, each read line by line: memory is a
// bitmap of the run indices seen (one bit a run of the whole sweep) and one of the file being
// read (one bit a run of its shard), never a file's runs kept, nor anything per file kept after
// it is read. Forty header-only shards of a 1e8-run sweep cost 12.5 MB, not 4 GB.
import { statSync } from 'node:fs';
import { lineJson, readLines } from '../analysis/sweepFile.js';
import { FORUM_SWEEP, type SweepKind } from '../analysis/sweepKind.js';
import type { Shard, SweepHeader, SweepRecord } from '../analysis/sweepLine.js';
import { shardRange } from '../analysis/sweepPlan.js';
import type { SweepTally } from '../analysis/sweepTally.js';
import { InputError } from '../scenario/errors.js';

/** One bit per run index in [from, from + size). */
export class RunBitmap {
  readonly bits: Uint8Array;
  constructor(
    readonly size: number,
    readonly from = 0,
  ) {
    this.bits = new Uint8Array(Math.ceil(size / 8));
  }
  has(run: number): boolean {
    const i = run - this.from;
    return (this.bits[i >> 3]! & (1 << (i & 7))) !== 0;
  }
  set(run: number): void {
    const i = run - this.from;
    this.bits[i >> 3]! |= 1 << (i & 7);
  }
}

export interface MergedSweep<H = SweepHeader, T = SweepTally> {
  header: H;
  /** The first file, whose header the others must match. */
  firstFile: string;
  tally: T;
  /** Run indices found in any file so far. */
  seen: RunBitmap;
}

/** Sees each checked record as it is folded in (`forum-sim sobol` keeps what it needs of each run). */
export type OnRecord<H = SweepHeader, R = SweepRecord> = (record: R, header: H) => void;

type Header = { runs: number; shard: Shard | null };

/**
 * Every file folded in, in order; the first bad file stops the merge with an InputError naming it.
 * `kind`: the forum's sweep unless another is given (a sequence's, src/sequence/sweepKind.ts).
 */
export function mergeSweepFiles<
  H extends Header = SweepHeader,
  R extends { run: number } = SweepRecord,
  T extends { completed: number } = SweepTally,
>(
  files: readonly string[],
  warn: (message: string) => void,
  onRecord: OnRecord<H, R> = () => {},
  kind: SweepKind<H, R, T> = FORUM_SWEEP as unknown as SweepKind<H, R, T>,
): MergedSweep<H, T> {
  let merged: MergedSweep<H, T> | null = null;
  for (const file of files) merged = foldFile(merged, file, warn, onRecord, kind);
  if (!merged) throw new Error('mergeSweepFiles needs at least one file');
  return merged;
}

function foldFile<H extends Header, R extends { run: number }, T extends { completed: number }>(
  merged: MergedSweep<H, T> | null,
  file: string,
  warn: (message: string) => void,
  onRecord: OnRecord<H, R>,
  kind: SweepKind<H, R, T>,
): MergedSweep<H, T> {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile())
    throw new InputError([{ file, path: '', message: 'no such regular file' }]);
  let into = merged;
  let range = { from: 0, to: 0 };
  let own = new RunBitmap(0);
  let header: H | null = null;
  for (const line of readLines(file)) {
    const fail = (message: string) => new InputError([{ file, path: '', line: line.number, message }]);
    // A sweep writes whole lines; one without its newline was cut short, and is dropped.
    if (!line.terminated && header) {
      warn(`${file}: line ${line.number} was cut short (a write interrupted); ignored`);
      break;
    }
    const value = lineJson(line, header !== null, fail);
    if (!header) {
      header = kind.parseHeader(value, fail);
      into ??= { header, firstFile: file, tally: kind.emptyTally(), seen: new RunBitmap(header.runs) };
      const mismatch = kind.mismatch(into.header, header);
      if (mismatch) throw fail(`not a part of the same sweep as ${into.firstFile} (${mismatch})`);
      range = shardRange(header.runs, header.shard);
      own = new RunBitmap(range.to - range.from, range.from);
      continue;
    }
    const record = kind.parseRecord(value, header, fail);
    if (record.run < range.from || record.run >= range.to)
      throw fail(`run ${record.run} is outside this file's runs (${range.from} to ${range.to - 1})`);
    if (own.has(record.run)) throw fail(`run ${record.run} appears twice`);
    own.set(record.run);
    if (into!.seen.has(record.run))
      throw new InputError([
        { file, path: '', message: `run ${record.run} is also in an earlier file: a shard given twice?` },
      ]);
    into!.seen.set(record.run);
    kind.addRecord(into!.tally, record);
    onRecord(record, header);
  }
  if (!into) throw new InputError([{ file, path: '', message: 'empty: not a sweep file' }]);
  return into;
}
