// The paired what-if: both arms on the same seeds (so a change that changes nothing changes no
// seed), the same report on one worker or two, each pair matched to its own seed, and the tally.
import { describe, expect, it } from 'vitest';
import { comparePaired, pairedBatches, type PairedPlan } from '../../src/analysis/comparePaired.js';
import { CONSENSUS_TEXT, type EventFacts } from '../../src/analysis/consensusText.js';
import { pairedReport } from '../../src/analysis/pairedReport.js';
import { summarize } from '../../src/analysis/runSummary.js';
import { deriveSeed } from '../../src/engine/rng.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';

const CEILING_MS = 120_000;
const arf = loadScenario('arf-2022');
const plan = (b: Record<string, string>, runs = 24): PairedPlan => ({
  scenario: arf,
  a: { 'KHM.patience': '0.5' },
  b: { 'KHM.patience': '0.5', ...b },
  runs,
  masterSeed: '7',
});

describe('pairedBatches', () => {
  it('gives both arms the same seeds, S/0 .. S/N-1 in order, A before B', () => {
    const batches = pairedBatches(plan({ 'USA.patience': '0.9' }, 7), 3);
    expect(batches.map((b) => b.overrides === batches[0]!.overrides)).toEqual([true, false, true, false, true, false]);
    for (let k = 0; k < batches.length; k += 2) expect(batches[k]!.seeds).toEqual(batches[k + 1]!.seeds);
    const seeds = batches.filter((_, k) => k % 2 === 0).flatMap((b) => b.seeds);
    expect(seeds).toEqual(Array.from({ length: 7 }, (_, i) => deriveSeed('7', i)));
  });
});

describe('comparePaired', () => {
  it('finds no difference and no changed seed when B changes nothing', async () => {
    const r = await comparePaired(plan({ 'forum.roundLimit': String(arf.rules.roundLimit) }), { workers: 1 });
    expect(r.pairs).toBe(24);
    expect(r.changed).toBe(0);
    expect(r.transitions).toEqual([]);
    for (const e of r.events) {
      expect([e.difference, e.gained, e.lost]).toEqual([0, 0, 0]);
      expect(e.hitsA).toBe(e.hitsB);
      expect(e.lo).toBeLessThanOrEqual(0);
      expect(e.hi).toBeGreaterThanOrEqual(0);
    }
  });

  it(
    'gives the same report on one worker or two',
    async () => {
      const p = plan({ 'forum.roundLimit': '2', 'CHN.patience': '0.9' }, 30);
      const one = await comparePaired(p, { workers: 1 });
      const two = await comparePaired(p, { workers: 2 });
      expect(two).toEqual(one);
    },
    CEILING_MS,
  );

  it('pairs run i of A with run i of B on seed S/i, as runScenario gives them', async () => {
    const p = plan({ 'forum.roundLimit': '1' }, 12);
    const r = await comparePaired(p, { workers: 1 });
    const run = (overrides: Record<string, string>, i: number) =>
      summarize(runScenario(arf, { seed: deriveSeed('7', i), overrides, transcript: false }));
    const pairs = Array.from({ length: 12 }, (_, i) => [run(p.a, i), run(p.b, i)] as const);
    expect(r).toMatchObject(pairedReport(pairs, ['consensus', 'consensus']));
    expect(r.interrupted).toBe(false);
  });

  it('counts no pair and says so when stopped before any run', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await comparePaired(plan({}), { workers: 1, signal: controller.signal });
    expect(r.pairs).toBe(0);
    expect(r.interrupted).toBe(true);
  });
});

describe('pairedReport', () => {
  const facts = (outcome: EventFacts['outcome'], consensusText = false): EventFacts => ({ outcome, consensusText });

  it('counts gains, losses and transitions, and B - A', () => {
    const pairs = [
      [facts('chair-statement'), facts('joint-statement', true)],
      [facts('chair-statement'), facts('joint-statement', true)],
      [facts('joint-statement', true), facts('chair-statement')],
      [facts('no-statement'), facts('no-statement')],
    ] as const;
    const r = pairedReport(pairs, ['consensus', 'consensus']);
    expect(r.changed).toBe(3);
    expect(r.transitions).toEqual([
      { from: 'chair-statement', to: 'joint-statement', seeds: 2 },
      { from: 'joint-statement', to: 'chair-statement', seeds: 1 },
    ]);
    const text = r.events.find((e) => e.event === CONSENSUS_TEXT)!;
    expect(text).toMatchObject({ hitsA: 1, hitsB: 2, pA: 0.25, pB: 0.5, difference: 0.25, gained: 2, lost: 1 });
    expect(r.events.map((e) => e.event)).toEqual([
      'joint-statement',
      'chair-statement',
      'no-statement',
      CONSENSUS_TEXT,
    ]);
  });

  it('lists the products of both arms’ rules', () => {
    const r = pairedReport([[facts('chair-statement'), facts('adopted', true)]], ['consensus', 'majority']);
    expect(r.events.map((e) => e.event)).toEqual([
      'joint-statement',
      'chair-statement',
      'no-statement',
      'adopted',
      'rejected',
      'vetoed',
      CONSENSUS_TEXT,
    ]);
  });
});
