// The kinds of work a worker thread takes: a batch of run summaries (backtest, check) or a slice
// of a sweep's runs (whole JSONL records). Both run in this thread too, when there is one worker.
// Every job carries its scenario as data; the pool sends each thread a scenario once (jobWire.ts).
import { runBatch, type Batch } from './runBatch.js';
import type { RunSummary } from './runSummary.js';
import { runSweepSlice, type SweepSlice } from './sweepSlice.js';
import type { SweepRecord } from './sweepLine.js';

export type Job = Batch | SweepSlice;

export type JobResult<J extends Job> = J extends SweepSlice ? SweepRecord[] : RunSummary[];

const isSlice = (job: Job): job is SweepSlice => 'kind' in job && job.kind === 'sweep';

export function runJob<J extends Job>(job: J): JobResult<J> {
  return (isSlice(job) ? runSweepSlice(job) : runBatch(job)) as JobResult<J>;
}
