// The runs of a sequence case, counted per meeting as backtest counts a case's (caseTally.ts): N
// chains with the carry-over (chain i seeded S/i, so its meeting k runs with S/i/k as runSequence
// seeds it), and every meeting alone on those same seeds, so the two forecasts are paired run for run.
import { deriveSeed } from '../../engine/rng.js';
import { meetingSeed, runSequence } from '../../sequence/chain.js';
import type { CarrySettings } from '../../sequence/types.js';
import { streamJobs, type Batch, type PoolOptions } from '../runPool.js';
import { summarize, type RunSummary } from '../runSummary.js';
import { addRun, emptyCaseTally, type CaseTally } from './caseTally.js';
import type { SequenceCase } from './sequenceCases.js';

/** Per meeting, in the sequence's order. */
export interface SequenceTallies {
  carried: CaseTally[];
  alone: CaseTally[];
  /** Chains in which some value carried into the meeting (0 for the first, and with the carry off). */
  carriedInto: number[];
}

/** One chain as runChains reports it: each meeting's summary and how many values carried into it. */
export interface ChainRun {
  summaries: RunSummary[];
  carried: number[];
}

/** The seed of chain i of a sequence backtest with master seed S: S/i. */
export const chainSeed = (seed: string, index: number): string => deriveSeed(seed, index);

/** Every channel switched off: nothing carries, so each meeting runs as it would alone. */
export const carryOff = (carry: CarrySettings): CarrySettings =>
  Object.fromEntries(
    Object.entries(carry).map(([channel, setting]) => [channel, { ...setting, enabled: false }]),
  ) as CarrySettings;

/**
 * Runs `runs` chains in this thread (a chain's meetings depend on each other, so a chain is not a
 * pool batch), yielding between chains so a progress line repaints and Ctrl-C gets through.
 */
export async function runChains(
  c: SequenceCase,
  runs: number,
  seed: string,
  carry: CarrySettings = c.sequence.carry,
  onChain?: (done: number, chain: ChainRun) => void,
): Promise<CaseTally[]> {
  const tallies = c.sequence.meetings.map(() => emptyCaseTally());
  for (let i = 0; i < runs; i++) {
    const run = runSequence(c.sequence, { seed: chainSeed(seed, i), overrides: { all: {}, perMeeting: {}, carry } });
    const summaries = run.meetings.map((meeting) => summarize(meeting.result));
    summaries.forEach((summary, k) => addRun(tallies[k]!, summary));
    onChain?.(i + 1, { summaries, carried: run.meetings.map((meeting) => meeting.carried.length) });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return tallies;
}

const BATCH = 25;

/** The seeds of meeting k alone: run i on the seed it has in chain i. */
export const aloneSeeds = (seed: string, k: number, from: number, count: number): string[] =>
  Array.from({ length: count }, (_, j) => meetingSeed(chainSeed(seed, from + j), k));

/** Each meeting alone, run i on its seed in chain i, as backtest's batches on the worker pool. */
export async function runAlone(
  c: SequenceCase,
  runs: number,
  seed: string,
  pool: PoolOptions = {},
): Promise<CaseTally[]> {
  const meetings = c.sequence.meetings;
  const tallies = meetings.map(() => emptyCaseTally());
  const perMeeting = Math.ceil(runs / BATCH);
  function* batches(): Generator<Batch> {
    for (const [k, meeting] of meetings.entries())
      for (let start = 0; start < runs; start += BATCH) {
        yield {
          scenario: meeting.scenario,
          overrides: {},
          seeds: aloneSeeds(seed, k, start, Math.min(BATCH, runs - start)),
        };
      }
  }
  let done = 0;
  await streamJobs(batches(), {
    workers: pool.workers,
    count: meetings.length * perMeeting,
    onResult: (index, summaries) => {
      const tally = tallies[Math.floor(index / perMeeting)]!;
      for (const run of summaries) addRun(tally, run);
      done += summaries.length;
      pool.onProgress?.(done, meetings.length * runs);
    },
  });
  return tallies;
}

/** Both series of a sequence case: the chains with the case's carry-over, and the meetings alone. */
export async function runSequenceCase(
  c: SequenceCase,
  runs: number,
  seed: string,
  pool: PoolOptions & { onChain?: (done: number) => void } = {},
): Promise<SequenceTallies> {
  const carriedInto = c.sequence.meetings.map(() => 0);
  const carried = await runChains(c, runs, seed, c.sequence.carry, (done, chain) => {
    chain.carried.forEach((values, k) => (carriedInto[k]! += values > 0 ? 1 : 0));
    pool.onChain?.(done);
  });
  const alone = await runAlone(c, runs, seed, pool);
  return { carried, alone, carriedInto };
}
