// The sweep's fold: order-free, shard-free, and the same for any number of workers; a run that
// throws becomes an error record that the summary counts.
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/analysis/sweepRun.js';
import { sweepRecord, isError, type SweepRecord } from '../../src/analysis/sweepLine.js';
import { shardRange, sweepHeader } from '../../src/analysis/sweepPlan.js';
import { roundStats, summarizeSweep } from '../../src/analysis/sweepSummary.js';
import { addRecord, addTally, emptyTally } from '../../src/analysis/sweepTally.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import type { Shard } from '../../src/analysis/sweepLine.js';

const arf = loadScenario('arf-2022');
const settings = (runs: number, shard: Shard | null = null) => ({ seed: '7', runs, shard, overrides: {}, vary: {} });
const headerOf = (runs: number, shard: Shard | null = null) => sweepHeader(arf, arf, settings(runs, shard));
const RECORDS: SweepRecord[] = Array.from({ length: 24 }, (_, i) => sweepRecord(arf, {}, '7', i));

const fold = (records: readonly SweepRecord[]) => {
  const tally = emptyTally();
  for (const r of records) addRecord(tally, r);
  return tally;
};

describe('the sweep tally', () => {
  propTest.prop([
    fc.shuffledSubarray(
      RECORDS.map((_, i) => i),
      { minLength: 24 },
    ),
    fc.nat(24),
  ])('records folded in any order, split in two tallies and added, give the same summary', (order, cut) => {
    const header = headerOf(24);
    const whole = summarizeSweep(header, fold(RECORDS));
    const shuffled = order.map((i) => RECORDS[i]!);
    const parts = fold(shuffled.slice(0, cut));
    addTally(parts, fold(shuffled.slice(cut)));
    expect(summarizeSweep(header, parts)).toEqual(whole);
  });

  it('counts outcomes, rounds and wording as the runs themselves give them', () => {
    const summary = summarizeSweep(headerOf(24), fold(RECORDS));
    const results = RECORDS.map((_, i) => runScenario(arf, { seed: `7/${i}`, transcript: false }));
    for (const o of summary.outcomes) expect(o.runs).toBe(results.filter((r) => r.outcome === o.outcome).length);
    expect(summary.rounds!.mean).toBeCloseTo(results.reduce((s, r) => s + r.rounds, 0) / 24, 10);
    expect(summary.completed).toBe(24);
    for (const o of summary.outcomes) expect(o.lo <= o.p && o.p <= o.hi).toBe(true);
  });

  it('a run that throws is an error record with its inputs, and the summary counts it apart', () => {
    const failing = (index: number) =>
      sweepRecord(arf, { 'KHM.patience': '0.5' }, '7', index, (scenario, options) => {
        if (options.seed === '7/1') throw new Error('boom');
        return runScenario(scenario, options);
      });
    const records = [0, 1, 2].map(failing);
    const error = records[1]!;
    expect(isError(error)).toBe(true);
    expect(error).toMatchObject({
      run: 1,
      error: 'boom',
      inputs: { seed: '7/1', overrides: { 'KHM.patience': '0.5' } },
    });
    const summary = summarizeSweep(headerOf(3), fold(records));
    expect(summary).toMatchObject({ completed: 3, errors: 1 });
    expect(summary.outcomes.reduce((n, o) => n + o.runs, 0)).toBe(2);
  });
});

describe('rounds quantiles', () => {
  propTest.prop([fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 })])(
    'p50 and p90 are the nearest-rank quantiles of the rounds, the mean their mean',
    (rounds) => {
      const histogram = new Map<number, number>();
      for (const r of rounds) histogram.set(r, (histogram.get(r) ?? 0) + 1);
      const sorted = [...rounds].sort((a, b) => a - b);
      const rank = (q: number) => sorted[Math.ceil(q * sorted.length) - 1];
      const stats = roundStats(histogram)!;
      expect(stats.p50).toBe(rank(0.5));
      expect(stats.p90).toBe(rank(0.9));
      expect(stats.mean).toBeCloseTo(rounds.reduce((a, b) => a + b, 0) / rounds.length, 10);
    },
  );
});

describe('shards', () => {
  propTest.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 20 })])(
    'the N shards of a sweep are disjoint and together every run, in order',
    (runs, n) => {
      fc.pre(n <= runs);
      const covered: number[] = [];
      for (let k = 1; k <= n; k++) {
        const { from, to } = shardRange(runs, { index: k, count: n });
        for (let i = from; i < to; i++) covered.push(i);
      }
      expect(covered).toEqual(Array.from({ length: runs }, (_, i) => i));
    },
  );

  it('the same summary on 1 or 2 workers, and from two shards added together', async () => {
    const one = await runSweep({ header: headerOf(12), scenario: arf }, { workers: 1 });
    const two = await runSweep({ header: headerOf(12), scenario: arf }, { workers: 2 });
    const merged = emptyTally();
    for (const index of [1, 2]) {
      const part = await runSweep({ header: headerOf(12, { index, count: 2 }), scenario: arf }, { workers: 1 });
      expect(part.tally.completed).toBe(6);
      addTally(merged, part.tally);
    }
    const summary = summarizeSweep(headerOf(12), one.tally);
    expect(summarizeSweep(headerOf(12), two.tally)).toEqual(summary);
    expect(summarizeSweep(headerOf(12), merged)).toEqual(summary);
    expect(summary.completed).toBe(12);
  });

  it('skips the runs already done, and stops when the signal aborts', async () => {
    const records: SweepRecord[] = [];
    const done = new Uint8Array(12);
    done[3] = done[4] = 1;
    await runSweep({ header: headerOf(12), scenario: arf, done }, { workers: 1, onRecords: (r) => records.push(...r) });
    expect(records.map((r) => r.run).sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7, 8, 9, 10, 11]);
    const controller = new AbortController();
    const stopped = await runSweep(
      { header: headerOf(40), scenario: arf },
      { workers: 1, signal: controller.signal, onProgress: (done) => done > 0 && controller.abort() },
    );
    expect(stopped.interrupted).toBe(true);
    expect(stopped.tally.completed).toBeGreaterThan(0);
    expect(stopped.tally.completed).toBeLessThan(40);
  });
});
