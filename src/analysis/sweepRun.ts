// Runs a sweep's pending runs on the worker pool, handing each finished slice's records to the
// caller (to write) and folding them into the tally, until all are done or the signal aborts.
import type { Scenario } from '../domain/types.js';
import { defaultWorkers, sliceSize, streamJobs } from './runPool.js';
import type { Job } from './runJob.js';
import { designPoints, pointOf } from './design/design.js';
import { runOverrides, type SweepHeader, type SweepRecord } from './sweepLine.js';
import { shardRange } from './sweepPlan.js';
import type { SweepSlice } from './sweepSlice.js';
import { addRecord, emptyTally, type SweepTally } from './sweepTally.js';

/** Most runs a worker takes at once: small, so Ctrl-C loses little and progress moves often. */
const MAX_SLICE = 50;

export interface SweepJob {
  header: SweepHeader;
  /** The forum, parsed once (its hash is the header's): the workers get it as data. */
  scenario: Scenario;
  /** The tally of runs already done (from a file being resumed); folded into in place. */
  tally?: SweepTally;
  /** Run index -> 1 for runs already done, which are skipped. */
  done?: Uint8Array;
  /** Every drawn value in each record (`--full-inputs`). */
  fullInputs?: boolean;
}

export interface SweepRunOptions {
  workers?: number;
  signal?: AbortSignal;
  /** Each slice's records, as it finishes (in the order slices finish). */
  onRecords?: (records: SweepRecord[]) => void;
  /** Runs done in this shard (including those resumed) and its total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SweepOutcome {
  tally: SweepTally;
  /** True when the signal stopped the sweep before every run was done. */
  interrupted: boolean;
}

export async function runSweep(job: SweepJob, options: SweepRunOptions = {}): Promise<SweepOutcome> {
  const { header } = job;
  const base = {
    kind: 'sweep' as const,
    scenario: job.scenario,
    overrides: runOverrides(header),
    seed: header.seed,
    fullInputs: job.fullInputs ?? false,
  };
  return streamPendingRuns(
    {
      ...shardRange(header.runs, header.shard),
      done: job.done,
      maxSlice: MAX_SLICE,
      slices: (from, to, size) => withDesign(header, sliceRuns<SweepSlice>(from, to, size, job.done, base)),
      tally: job.tally ?? emptyTally(),
      add: addRecord,
    },
    { ...options, onLines: options.onRecords },
  );
}

/** A shard's pending runs, to be cut into slices of the size given and folded into `tally`. */
export interface PendingRuns<Slice extends Job, Line, T extends { completed: number }> {
  from: number;
  to: number;
  /** Run index -> 1 for runs already done, which are skipped. */
  done?: Uint8Array;
  maxSlice: number;
  slices: (from: number, to: number, size: number) => Iterable<Slice>;
  tally: T;
  add: (tally: T, line: Line) => void;
}

export interface PendingOptions<Line> {
  workers?: number;
  signal?: AbortSignal;
  /** Each slice's lines, as it finishes (in the order slices finish). */
  onLines?: (lines: Line[]) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the pending runs of [from, to) on the worker pool (a forum's sweep or a sequence's): each
 * finished slice's lines go to `onLines` (to write), then into the tally, unless the signal aborted.
 */
export async function streamPendingRuns<Slice extends Job, Line, T extends { completed: number }>(
  plan: PendingRuns<Slice, Line, T>,
  options: PendingOptions<Line>,
): Promise<{ tally: T; interrupted: boolean }> {
  const { from, to, tally } = plan;
  const pending = countPending(from, to, plan.done);
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const size = sliceSize(pending, workers, plan.maxSlice);
  const total = to - from;
  options.onProgress?.(tally.completed, total);
  await streamJobs(plan.slices(from, to, size), {
    workers,
    count: Math.ceil(pending / size),
    signal: options.signal,
    onResult: (_, result) => {
      const lines = result as unknown as Line[];
      options.onLines?.(lines);
      // Aborted by onLines (its file could not be written): these runs are not kept.
      if (options.signal?.aborted) return;
      for (const line of lines) plan.add(tally, line);
      options.onProgress?.(tally.completed, total);
    },
  });
  return { tally, interrupted: options.signal?.aborted === true && tally.completed < total };
}

/** A design's slices carry each run's overrides (the sweep's, then its point's) and seed index. */
function* withDesign(header: SweepHeader, slices: Generator<SweepSlice>): Generator<SweepSlice> {
  const { design } = header;
  if (!design) return yield* slices;
  const points = designPoints(design, header.seed);
  for (const slice of slices) {
    const at = slice.runs.map((run) => pointOf(design, run));
    yield {
      ...slice,
      runOverrides: at.map(({ point }) => ({ ...slice.overrides, ...points[point] })),
      seedIndices: at.map(({ repetition }) => repetition),
    };
  }
}

/** The runs of [from, to) not yet marked done. */
export function countPending(from: number, to: number, done?: Uint8Array): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!done?.[i]) n++;
  return n;
}

/** The pending runs of [from, to) in slices of `size`, made as the pool asks (memory does not grow with the runs). */
export function* sliceRuns<Slice extends { runs: number[] }>(
  from: number,
  to: number,
  size: number,
  done: Uint8Array | undefined,
  base: Omit<Slice, 'runs'>,
): Generator<Slice> {
  let runs: number[] = [];
  for (let i = from; i < to; i++) {
    if (done?.[i]) continue;
    runs.push(i);
    if (runs.length === size) {
      yield { ...base, runs } as Slice;
      runs = [];
    }
  }
  if (runs.length > 0) yield { ...base, runs } as Slice;
}
