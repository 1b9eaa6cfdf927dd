// Sensitivity: which parameters swing and between which values, pins that really hold, batches on
// common seeds, and the ranking of the swings.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonSeeds,
  estimate,
  rankSwings,
  reach,
  runSensitivity,
  sensitivityBatches,
  sensitivityReport,
  type SensitivityPlan,
  type Swing,
} from '../../src/analysis/sensitivity.js';
import { pinned, swungParameters } from '../../src/analysis/sensitivityParameters.js';
import type { RunSummary } from '../../src/analysis/runSummary.js';
import { summarize } from '../../src/analysis/runSummary.js';
import { SCALAR_PARAMETERS } from '../../src/domain/tunables.js';
import type { OutcomeKind } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/loader.js';

const arf = loadScenario('arf-2022');
const seated = arf.participants.filter((id) => !arf.absent.includes(id));

describe('swungParameters', () => {
  const moving = SCALAR_PARAMETERS.filter((s) => !('baselineOnly' in s && s.baselineOnly));

  it('swings every scalar parameter that moves a run, of every seated delegation, by default, across its valid range', () => {
    const all = swungParameters(arf, []);
    expect(all).toHaveLength(seated.length * moving.length);
    expect(all.some((p) => p.path.endsWith('.capability'))).toBe(true);
    for (const p of all) {
      const key = p.path.slice(p.actor.length + 1);
      const range = SCALAR_PARAMETERS.find((s) => s.key === key)!.range;
      expect([p.low, p.high]).toEqual([range.min, range.max]);
      expect(p.current).toBe(arf.profiles[p.actor]![key as keyof (typeof arf.profiles)[string]]);
    }
  });

  it('with --ends spread, swings across the spread the runs draw from, around the stated value', () => {
    for (const p of swungParameters(arf, ['USA', 'KHM.positions.ukraine.salience'], 'spread')) {
      expect(p.low).toBeLessThanOrEqual(p.current);
      expect(p.high).toBeGreaterThanOrEqual(p.current);
      expect(p.high - p.low).toBeGreaterThan(0);
      expect(p.high - p.low).toBeLessThan(p.path.endsWith('risk') ? 2 : 1);
    }
  });

  it('reads ACTOR, ACTOR.PATH and a scalar name, each parameter once, in the order named', () => {
    const paths = swungParameters(arf, ['USA.risk', 'USA', 'reservation', 'KHM.positions.ukraine.salience']).map(
      (p) => p.path,
    );
    expect(paths.slice(0, moving.length)).toEqual([
      'USA.risk',
      ...moving.filter((s) => s.key !== 'risk').map((s) => `USA.${s.key}`),
    ]);
    expect(paths.filter((p) => p.endsWith('.reservation'))).toHaveLength(seated.length);
    expect(paths.at(-1)).toBe('KHM.positions.ukraine.salience');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('swings one parameter of every delegation, or one of one, when named', () => {
    expect(swungParameters(arf, ['USA.capability']).map((p) => p.path)).toEqual(['USA.capability']);
    expect(swungParameters(arf, ['capability'])).toHaveLength(seated.length);
  });

  it('reports every unknown delegation or parameter at once, with a hint', () => {
    let error: unknown;
    try {
      swungParameters(arf, ['XYZ.risk', 'USA.reservaton', 'USA.lobbying.style']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.map((p) => p.path)).toEqual(['XYZ.risk', 'USA.reservaton', 'USA.lobbying.style']);
    expect(problems.every((p) => p.file === '--param')).toBe(true);
    expect(problems[1]!.message).toContain('did you mean "reservation"');
  });
});

describe('pinned', () => {
  it('holds the value in every run, where a plain value would only be the mode of a draw', () => {
    const seed = '1/3';
    const free = runScenario(arf, { seed, overrides: { 'USA.reservation': '0.9' }, transcript: false });
    expect(free.inputs.drawn['USA.reservation']).not.toBe(0.9);
    for (const value of [0, 0.9, 1]) {
      const held = runScenario(arf, { seed, overrides: pinned('USA.reservation', value), transcript: false });
      expect(held.inputs.drawn['USA.reservation']).toBe(value);
      // Every other parameter draws what it draws without the pin: the seeds stay common.
      expect(held.inputs.drawn['JPN.reservation']).toBe(free.inputs.drawn['JPN.reservation']);
    }
  });
});

const summary = (outcome: OutcomeKind, consensusText = outcome === 'joint-statement'): RunSummary => ({
  outcome,
  consensusText,
  rounds: 1,
  ukraine: null,
  votes: null,
});
const summaries = (hits: number, runs: number) =>
  Array.from({ length: runs }, (_, i) => summary(i < hits ? 'joint-statement' : 'chair-statement'));

const plan = (parameters: SensitivityPlan['parameters'], runs = 4): SensitivityPlan => ({
  scenario: loadScenario('arf-2022'),
  base: { 'forum.roundLimit': '3' },
  parameters,
  runs,
  masterSeed: '7',
  outcome: 'joint-statement',
  ends: 'range',
});

const param = (path: string) => ({ path, actor: path.split('.')[0]!, current: 0.5, low: 0, high: 1 });

describe('sensitivityBatches', () => {
  it('runs the baseline and then each parameter at its low and high end, all on the same seeds', () => {
    const batches = sensitivityBatches(plan([param('USA.risk'), param('JPN.patience')]));
    expect(batches).toHaveLength(5);
    for (const b of batches) expect(b.seeds).toEqual(['7/0', '7/1', '7/2', '7/3']);
    expect(batches[0]!.overrides).toEqual({ 'forum.roundLimit': '3' });
    expect(batches[1]!.overrides).toEqual({ 'forum.roundLimit': '3', 'USA.risk': '0:0:0' });
    expect(batches[4]!.overrides).toEqual({ 'forum.roundLimit': '3', 'JPN.patience': '1:1:1' });
    expect(commonSeeds('7', 2)).toEqual(['7/0', '7/1']);
  });
});

describe('sensitivityReport', () => {
  it('estimates P with its Wilson interval at each setting and ranks by the swing', () => {
    const report = sensitivityReport(plan([param('A.risk'), param('B.risk'), param('C.risk')], 10), [
      summaries(5, 10),
      summaries(5, 10), // A: 0.5 > 0.5
      summaries(5, 10),
      summaries(0, 10), // B: 0 > 1
      summaries(10, 10),
      summaries(4, 10), // C: 0.4 > 0.7
      summaries(7, 10),
    ]);
    expect(report.baseline).toMatchObject({ p: 0.5, hits: 5, runs: 10 });
    expect(report.swings.map((s) => s.path)).toEqual(['B.risk', 'C.risk', 'A.risk']);
    const c = report.swings[1]!;
    expect(c.swing).toBeCloseTo(0.3);
    expect(c.low.estimate).toMatchObject({ p: 0.4, hits: 4 });
    expect(c.low.estimate.lo).toBeLessThan(0.4);
    expect(c.low.estimate.hi).toBeGreaterThan(0.4);
    expect(estimate([summary('adopted')], 'adopted').p).toBe(1);
  });

  it('counts consensus-text beside a standing chair statement, where the joint share is 0', () => {
    const runs = [summary('chair-statement', true), summary('chair-statement', true), summary('chair-statement')];
    expect(estimate(runs, 'joint-statement').hits).toBe(0);
    expect(estimate(runs, 'consensus-text')).toMatchObject({ hits: 2, runs: 3 });
    expect(estimate(runs, 'chair-statement').hits).toBe(3);
  });
});

const swingArb = fc
  .record({ lowP: fc.double({ min: 0, max: 1, noNaN: true }), highP: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ lowP, highP }): Swing => {
    const end = (value: number, p: number) => ({ value, estimate: { p, hits: 0, runs: 0, lo: 0, hi: 1 } });
    return { path: 'P', current: 0.5, low: end(0, lowP), high: end(1, highP), swing: Math.abs(highP - lowP) };
  });

describe('rankSwings', () => {
  it('orders by swing, then by reach from the baseline, and keeps every swing', () => {
    fc.assert(
      fc.property(fc.array(swingArb, { maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (swings, b) => {
        const named = swings.map((s, i) => ({ ...s, path: `P${i}` }));
        const ranked = rankSwings(named, b);
        expect(ranked.map((s) => s.path).sort()).toEqual(named.map((s) => s.path).sort());
        for (let i = 1; i < ranked.length; i++) {
          const [prev, next] = [ranked[i - 1]!, ranked[i]!];
          expect(prev.swing).toBeGreaterThanOrEqual(next.swing);
          if (prev.swing === next.swing) expect(reach(prev, b)).toBeGreaterThanOrEqual(reach(next, b));
        }
      }),
    );
  });
});

describe('runSensitivity', () => {
  it('gives each setting exactly the runs of those overrides on those seeds', async () => {
    const apec = loadScenario('apec-mrt-2022');
    const parameters = swungParameters(apec, ['CHN.patience']);
    // The v2 forum (no habits, no standing): there a great power's patience still prices its block.
    const base = { 'forum.mechanisms.habits': 'off', 'forum.mechanisms.standing': 'off' };
    const thePlan: SensitivityPlan = { ...plan(parameters, 6), scenario: apec, base };
    const report = await runSensitivity(thePlan, { workers: 1 });
    const direct = (value: number) =>
      estimate(
        commonSeeds('7', 6).map((seed) =>
          summarize(
            runScenario(apec, { seed, overrides: { ...base, ...pinned('CHN.patience', value) }, transcript: false }),
          ),
        ),
        'joint-statement',
      );
    const [swing] = report.swings;
    expect(swing!.low.estimate).toEqual(direct(0));
    expect(swing!.high.estimate).toEqual(direct(1));
    // CHN's patience decides APEC's text there: none without it, every time with it.
    expect(swing!.swing).toBe(1);
  });
});
