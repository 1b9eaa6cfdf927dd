// Runs a sequence sweep's pending chains on the worker pool, handing each finished slice's lines to
// the caller (to write) and folding them into the tally, until all are done or the signal aborts.
// Chain i is a pure function of (sequence, overrides, seed/i): the tally is the same on 1 or N workers.
import { shardRange } from '../../analysis/sweepPlan.js';
import { sliceRuns, streamPendingRuns, type PendingOptions } from '../../analysis/sweepRun.js';
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

export type ChainSweepOptions = PendingOptions<ChainLine>;

export async function runChainSweep(
  job: ChainSweepJob,
  options: ChainSweepOptions = {},
): Promise<{ tally: ChainTally; interrupted: boolean }> {
  const base = { kind: 'sequence' as const, sequence: job.sequence, overrides: job.overrides, seed: job.header.seed };
  return streamPendingRuns(
    {
      ...shardRange(job.header.runs, job.header.shard),
      done: job.done,
      maxSlice: MAX_SLICE,
      slices: (from, to, size) => sliceRuns<ChainSlice>(from, to, size, job.done, base),
      tally: job.tally ?? emptyChainTally(),
      add: addChain,
    },
    options,
  );
}
