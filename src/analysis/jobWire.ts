// How a job crosses to a worker thread. A scenario is large (its catalogue, every profile) and a
// sweep sends thousands of jobs of the same one, so a thread gets each scenario once, as a
// structured clone, and the jobs after it refer to it: the thread keeps only the latest.
import type { Scenario } from '../domain/types.js';
import type { Job } from './runJob.js';

/** A job without its scenario, plus the scenario when the thread does not hold it yet. */
export interface JobMessage {
  job: Omit<Job, 'scenario'>;
  scenario?: Scenario;
}

/** The sending side, one per thread: remembers which scenario that thread holds. */
export function jobSender(): (job: Job) => JobMessage {
  let held: Scenario | null = null;
  return (job) => {
    const { scenario, ...rest } = job;
    if (scenario === held) return { job: rest };
    held = scenario;
    return { job: rest, scenario };
  };
}

/** The receiving side, in the thread: puts the scenario it holds back into each job. */
export function jobReceiver(): (message: JobMessage) => Job {
  let held: Scenario | null = null;
  return (message) => {
    if (message.scenario) held = message.scenario;
    if (!held) throw new Error('a job reached a worker thread before its scenario');
    return { ...message.job, scenario: held } as Job;
  };
}
