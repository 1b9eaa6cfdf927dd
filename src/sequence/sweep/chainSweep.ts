// Runs a sequence sweep's pending chains on the worker pool, handing each finished slice's lines to
// the caller (to write) and folding them into the tally, until all are done or the signal aborts.
// Chain i is a pure function of (sequence, overrides, seed/i): the tally is the same on 1 or N workers.
import { defaultWorkers, sliceSize, streamJobs } from '../../analysis/runPool.js';
import { shardRange } from '../../analysis/sweepPlan.js';
import { countPending, sliceRuns } from '../../analysis/sweepRun.js';
import type { SequenceOverrides } from '../overrides.js';
import type { Sequence } from '../types.js';
import type { ChainLine, SequenceSweepHeader } from './chainLine.js';
import type { ChainSlice } from './chainSlice.js';
import { addChain, emptyChainTally, type ChainTally } from './chainTally.js';

/** Most chains a worker takes at once: small, so Ctrl-C loses little and progress moves often. */
const MAX_SLICE = 20;

export interface ChainSweepJob {
  header: SequenceSweepHeader;
  sequence: Sequence;
  overrides: SequenceOverrides;
  /** The tally of chains already done (a file being resumed); folded into in place. */
  tally?: ChainTally;
  /** Chain index -> 1 for chains already done, which are skipped. */
  done?: Uint8Array;
}

export interface ChainSweepOptions {
  workers?: number;
  signal?: AbortSignal;
  onLines?: (lines: ChainLine[]) => void;
  onProgress?: (done: number, total: number) => void;
}

export async function runChainSweep(
  job: ChainSweepJob,
  options: ChainSweepOptions = {},
): Promise<{ tally: ChainTally; interrupted: boolean }> {
  const tally = job.tally ?? emptyChainTally();
  const { from, to } = shardRange(job.header.runs, job.header.shard);
  const pending = countPending(from, to, job.done);
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const size = sliceSize(pending, workers, MAX_SLICE);
  const base = { kind: 'sequence' as const, sequence: job.sequence, overrides: job.overrides, seed: job.header.seed };
  const total = to - from;
  options.onProgress?.(tally.completed, total);
  await streamJobs(sliceRuns<ChainSlice>(from, to, size, job.done, base), {
    workers,
    count: Math.ceil(pending / size),
    signal: options.signal,
    onResult: (_, lines) => {
      options.onLines?.(lines);
      // Aborted by onLines (its file could not be written): these chains are not kept.
      if (options.signal?.aborted) return;
      for (const line of lines) addChain(tally, line);
      options.onProgress?.(tally.completed, total);
    },
  });
  return { tally, interrupted: options.signal?.aborted === true && tally.completed < total };
}
