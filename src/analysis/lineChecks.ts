// The checks a sweep file's header and lines share, whatever the sweep's kind (a forum's or a
// sequence's): each failed check is one message saying what was expected.
import { MAX_SWEEP_RUNS } from './sweepLine.js';

export type Fail = (message: string) => Error;
export type Json = Record<string, unknown>;

export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
export const isStringMap = (x: unknown): x is Record<string, string> =>
  isObject(x) && Object.values(x).every((v) => typeof v === 'string');

export function need(ok: boolean, fail: Fail, message: string): void {
  if (!ok) throw fail(message);
}

/** A header's `runs` and `shard`, as every sweep file has them. */
export function checkRunsAndShard(h: Json, fail: Fail): void {
  need(
    isCount(h.runs) && h.runs >= 1 && h.runs <= MAX_SWEEP_RUNS,
    fail,
    `header: runs: expected a whole number from 1 to ${MAX_SWEEP_RUNS}`,
  );
  const shard = h.shard as Json | null;
  need(
    shard === null ||
      (isObject(shard) &&
        isCount(shard.index) &&
        isCount(shard.count) &&
        shard.index >= 1 &&
        shard.index <= shard.count),
    fail,
    'header: shard: expected null or {index, count} with 1 <= index <= count',
  );
}
