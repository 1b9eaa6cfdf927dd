// How a job crosses to a worker thread. A scenario is large (its catalogue, every profile), a
// sequence larger (every meeting's), and a sweep sends thousands of jobs of the same one, so a
// thread gets each once, as a structured clone, and the jobs after it refer to it: the thread
// keeps only the latest.
import type { Scenario } from '../domain/types.js';
import type { Sequence } from '../sequence/types.js';
import type { Job } from './runJob.js';

/** What a job runs on: a forum (`scenario`) or, for a sequence sweep's chains, a `sequence`. */
type Held = { key: 'scenario'; value: Scenario } | { key: 'sequence'; value: Sequence };

const heldOf = (job: Job): Held =>
  'sequence' in job ? { key: 'sequence', value: job.sequence } : { key: 'scenario', value: job.scenario };

/** A job without its forum or sequence, plus that forum or sequence when the thread does not hold it yet. */
export interface JobMessage {
  job: Record<string, unknown>;
  key: Held['key'];
  held?: Scenario | Sequence;
}

/** The sending side, one per thread: remembers what that thread holds. */
export function jobSender(): (job: Job) => JobMessage {
  let held: Scenario | Sequence | null = null;
  return (job) => {
    const { key, value } = heldOf(job);
    const { [key]: _dropped, ...rest } = job as unknown as Record<string, unknown>;
    if (value === held) return { job: rest, key };
    held = value;
    return { job: rest, key, held: value };
  };
}

/** The receiving side, in the thread: puts what it holds back into each job. */
export function jobReceiver(): (message: JobMessage) => Job {
  let held: Scenario | Sequence | null = null;
  return (message) => {
    if (message.held) held = message.held;
    if (!held) throw new Error(`a job reached a worker thread before its ${message.key}`);
    return { ...message.job, [message.key]: held } as unknown as Job;
  };
}
