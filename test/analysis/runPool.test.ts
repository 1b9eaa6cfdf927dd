// An open pool's threads serve one stream after another, giving what this thread gives, and an
// abort mid-stream stops it without losing the results already handed back.
import { describe, expect, it } from 'vitest';
import { runBatch, type Batch } from '../../src/analysis/runBatch.js';
import { openPool } from '../../src/analysis/runPool.js';
import type { RunSummary } from '../../src/analysis/runSummary.js';
import { loadScenario } from '../../src/scenario/loader.js';

const CEILING_MS = 120_000;
const scenario = loadScenario('arf-2022');
const batches = (tag: string, count: number): Batch[] =>
  Array.from({ length: count }, (_, b) => ({ scenario, overrides: {}, seeds: [`${tag}/${b}a`, `${tag}/${b}b`] }));

async function collect(stream: (onResult: (i: number, r: RunSummary[]) => void) => Promise<void>) {
  const results: RunSummary[][] = [];
  await stream((index, result) => (results[index] = result));
  return results;
}

describe('openPool', () => {
  it(
    'runs two streams on the same threads, each equal to running its batches in this thread',
    async () => {
      const pool = openPool(2);
      try {
        for (const tag of ['first', 'second']) {
          const jobs = batches(tag, 4);
          const results = await collect((onResult) => pool.stream(jobs, { onResult }));
          expect(results).toEqual(jobs.map(runBatch));
        }
      } finally {
        await pool.close();
      }
    },
    CEILING_MS,
  );

  it(
    'stops feeding when the signal aborts, keeping the results handed back before',
    async () => {
      const pool = openPool(2);
      const controller = new AbortController();
      const jobs = batches('abort', 40);
      try {
        const results = await collect((onResult) =>
          pool.stream(jobs, {
            signal: controller.signal,
            onResult: (index, result) => {
              onResult(index, result);
              controller.abort();
            },
          }),
        );
        const done = results.flatMap((r, i) => (r ? [i] : []));
        expect(done.length).toBeGreaterThan(0);
        expect(done.length).toBeLessThan(jobs.length);
        for (const i of done) expect(results[i]).toEqual(runBatch(jobs[i]!));
      } finally {
        await pool.close();
      }
    },
    CEILING_MS,
  );
});
