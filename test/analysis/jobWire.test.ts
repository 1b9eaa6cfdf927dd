// A job crosses to a worker thread without its forum or sequence once the thread holds it: each is
// sent once, and the receiver puts back the one it holds, also when jobs of both kinds alternate.
import { describe, expect, it } from 'vitest';
import { jobReceiver, jobSender } from '../../src/analysis/jobWire.js';
import type { Job } from '../../src/analysis/runJob.js';
import type { Scenario } from '../../src/domain/types.js';
import type { Sequence } from '../../src/sequence/types.js';
import type { SequenceOverrides } from '../../src/sequence/overrides.js';

const scenario = { id: 'forum' } as unknown as Scenario;
const sequence = { id: 'chain' } as unknown as Sequence;
const overrides = {} as SequenceOverrides;

describe('jobWire', () => {
  it('sends a forum or a sequence once per thread and restores it in every job', () => {
    const send = jobSender();
    const receive = jobReceiver();
    const jobs: Job[] = [
      { scenario, overrides: {}, seeds: ['1'] },
      { scenario, overrides: {}, seeds: ['2'] },
      { kind: 'sequence', sequence, overrides, seed: 's', runs: [0] },
      { kind: 'sequence', sequence, overrides, seed: 's', runs: [1] },
      { scenario, overrides: {}, seeds: ['3'] },
    ];
    const messages = jobs.map(send);
    expect(messages.map((m) => m.held !== undefined)).toEqual([true, false, true, false, true]);
    expect(messages.every((m) => !('scenario' in m.job) && !('sequence' in m.job))).toBe(true);
    expect(messages.map(receive)).toEqual(jobs);
  });

  it('refuses a job that arrives before what it runs on', () => {
    const message = jobSender()({ kind: 'sequence', sequence, overrides, seed: 's', runs: [0] });
    expect(() => jobReceiver()({ ...message, held: undefined })).toThrow(/before its sequence/);
  });
});
