// Parameter uncertainty: draws from triangles whose width follows provenance, replayable exactly.
import { describe, expect, it } from 'vitest';
import { drawParameters, triangleOf, triangular } from '../../src/engine/uncertainty.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { applyOverrides } from '../../src/scenario/overrides.js';

const arf = loadScenario('arf-2022');

describe('triangular draws', () => {
  it('stay within the bounds, reach them at the ends, and return the mode when there is no width', () => {
    const t = { lo: 0.2, mode: 0.5, hi: 0.6 };
    expect(triangular(t, 0)).toBeCloseTo(0.2);
    expect(triangular(t, 0.999999)).toBeCloseTo(0.6, 2);
    for (let u = 0; u < 1; u += 0.01) {
      const x = triangular(t, u);
      expect(x).toBeGreaterThanOrEqual(0.2);
      expect(x).toBeLessThanOrEqual(0.6);
    }
    expect(triangular({ lo: 0.3, mode: 0.3, hi: 0.3 }, 0.7)).toBe(0.3);
  });
  it('put the mode at the stated value: the median is near it for a symmetric triangle', () => {
    expect(triangular({ lo: 0, mode: 0.5, hi: 1 }, 0.5)).toBeCloseTo(0.5);
  });
});

describe('default spreads follow provenance', () => {
  it('are narrow for a value the article states and wide for an assumed one', () => {
    // The salience of Ukraine to the US is an article fact; USA.patience is assumed.
    const ukraine = 'positions.ukraine.salience';
    expect(arf.provenance.USA![ukraine]).not.toMatch(/assumed/);
    expect(arf.provenance.USA!.patience).toMatch(/assumed/);
    const stated = triangleOf(arf, 'USA', ukraine, ukraine, arf.profiles.USA!.positions.ukraine!.salience);
    const assumed = triangleOf(arf, 'USA', 'patience', 'patience', arf.profiles.USA!.patience);
    expect(stated.hi - stated.lo).toBeLessThan(assumed.hi - assumed.lo);
    expect(stated.hi - stated.mode).toBeCloseTo(0.05);
  });
  it('are clamped to the valid range', () => {
    const t = triangleOf(arf, 'USA', 'faceSensitivity', 'faceSensitivity', 0.02);
    expect(t.lo).toBe(0);
  });
});

describe('runs with uncertainty', () => {
  it('differ between seeds, and record every drawn value', () => {
    const outputs = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const r = runScenario(arf, { seed, transcript: false });
      expect(r.inputs.uncertainty).toBe('on');
      expect(Object.keys(r.inputs.drawn).length).toBeGreaterThan(100);
      outputs.add(JSON.stringify({ ...r, seed: '', inputs: null }));
    }
    expect(outputs.size).toBeGreaterThan(1);
  });
  it('replay exactly from the recorded drawn values', () => {
    const original = runScenario(arf, { seed: 'replay-me' });
    const replayed = runScenario(arf, { seed: 'replay-me', drawn: original.inputs.drawn });
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(original));
  });
  it('draw nothing when the forum switches uncertainty off', () => {
    const off = applyOverrides(arf, { 'forum.uncertainty': 'off' });
    const drawn = drawParameters(off, '1');
    expect(drawn.drawn).toEqual({});
    expect(drawn.profiles).toBe(off.profiles);
  });
  it('honour a --set triangle: the mode becomes the value, the bounds its spread', () => {
    const s = applyOverrides(arf, { 'KHM.patience': '0.1:0.2:0.3' });
    expect(s.profiles.KHM!.patience).toBe(0.2);
    for (let seed = 1; seed <= 30; seed++) {
      const v = drawParameters(s, String(seed)).drawn['KHM.patience']!;
      expect(v).toBeGreaterThanOrEqual(0.1);
      expect(v).toBeLessThanOrEqual(0.3);
    }
    expect(() => applyOverrides(arf, { 'KHM.patience': '0.3:0.2:0.1' })).toThrow(/LO <= MODE <= HI/);
  });
  it("record only the overridden draws with drawnRecord 'overridden', and run the same", () => {
    const overrides = { 'KHM.patience': '0.1:0.2:0.3', 'USA.reservation': '0.3' };
    for (const seed of ['a', 'b', 'c']) {
      const full = runScenario(arf, { seed, overrides, transcript: false });
      const compact = runScenario(arf, { seed, overrides, transcript: false, drawnRecord: 'overridden' });
      const varied = Object.entries(full.inputs.drawn).filter(([key]) => Object.hasOwn(overrides, key));
      expect(varied.map(([key]) => key)).toContain('KHM.patience');
      expect(JSON.stringify(compact.inputs.drawn)).toBe(JSON.stringify(Object.fromEntries(varied)));
      expect(JSON.stringify({ ...compact, inputs: null })).toBe(JSON.stringify({ ...full, inputs: null }));
    }
  });
  it('a half-width of 0 fixes a value', () => {
    const s = { ...arf, uncertainty: { ...arf.uncertainty, spreads: { KHM: { patience: { halfWidth: 0 } } } } };
    expect(drawParameters(s, '9').drawn['KHM.patience']).toBe(arf.profiles.KHM!.patience);
  });
});
