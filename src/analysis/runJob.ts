// The kinds of work a worker thread takes: a batch of run summaries (backtest, check), a slice
// of a sweep's runs (whole JSONL records) or a slice of a sequence sweep's chains. All run in this
// thread too, when there is one worker. Every job carries its forum or sequence as data; the pool
// sends each thread one once (jobWire.ts).
import { runChainSlice, type ChainSlice } from '../sequence/sweep/chainSlice.js';
import type { ChainLine } from '../sequence/sweep/chainLine.js';
import { runBatch, type Batch } from './runBatch.js';
import type { RunSummary } from './runSummary.js';
import { runSweepSlice, type SweepSlice } from './sweepSlice.js';
import type { SweepRecord } from './sweepLine.js';

export type Job = Batch | SweepSlice | ChainSlice;

export type JobResult<J extends Job> = J extends SweepSlice
  ? SweepRecord[]
  : J extends ChainSlice
    ? ChainLine[]
    : RunSummary[];

const isSlice = (job: Job): job is SweepSlice => 'kind' in job && job.kind === 'sweep';
const isChains = (job: Job): job is ChainSlice => 'kind' in job && job.kind === 'sequence';

export function runJob<J extends Job>(job: J): JobResult<J> {
  if (isChains(job)) return runChainSlice(job) as JobResult<J>;
  return (isSlice(job) ? runSweepSlice(job) : runBatch(job)) as JobResult<J>;
}
