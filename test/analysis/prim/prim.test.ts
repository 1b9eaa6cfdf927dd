import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/rng.js';
import { boxStats, restrictionText, type PrimData } from '../../../src/analysis/prim/box.js';
import { runPrim } from '../../../src/analysis/prim/prim.js';

/** `runs` points uniform on [0,1]^inputs; the outcome is `rule`, flipped with probability `noise`. */
function synthetic(
  runs: number,
  inputs: number,
  rule: (x: number[]) => boolean,
  noise = 0,
  seed = 'prim-test',
): PrimData {
  const rng = createRng(seed);
  const columns = Array.from({ length: inputs }, () => new Float64Array(runs));
  const outcome = new Uint8Array(runs);
  for (let run = 0; run < runs; run++) {
    const x = columns.map((column) => (column[run] = rng.next()));
    outcome[run] = Number(rule(x) !== rng.next() < noise);
  }
  return { inputs: columns.map((_, i) => `x${i}`), columns, outcome };
}

describe('PRIM', () => {
  it.each(['a', 'b', 'c'])(
    'finds a known box: x0 >= 0.4 and x1 <= 0.7, and leaves the other inputs alone (%s)',
    (seed) => {
      const data = synthetic(4000, 4, ([x0, x1]) => x0! >= 0.4 && x1! <= 0.7, 0.05, seed);
      const result = runPrim(data);
      const chosen = result.chosen!;
      expect(chosen.restrictions.map((r) => r.input)).toEqual(['x0', 'x1']);
      const [x0, x1] = chosen.restrictions;
      expect(x0!.min).toBeGreaterThan(0.35);
      expect(x0!.min).toBeLessThan(0.45);
      expect(x0!.max).toBeNull();
      expect(x1!.max).toBeGreaterThan(0.65);
      expect(x1!.max).toBeLessThan(0.75);
      expect(x1!.min).toBeNull();
      // In the true box the outcome holds but for the 5% flipped; the box covers most of the hits
      // (at most 0.93: a twentieth of the runs outside it are hits too).
      expect(chosen.density).toBeGreaterThan(0.9);
      expect(chosen.coverage).toBeGreaterThan(0.75);
    },
  );

  it('finds a box on the minimum of a group, the interaction a one-at-a-time tornado misses', () => {
    // The outcome needs every one of three inputs above 0.3: a box on each of them.
    const data = synthetic(3000, 5, (x) => Math.min(x[0]!, x[1]!, x[2]!) >= 0.3);
    const { chosen } = runPrim(data);
    expect(chosen!.restrictions.map((r) => r.input)).toEqual(['x0', 'x1', 'x2']);
    for (const r of chosen!.restrictions) expect(Math.abs(r.min! - 0.3)).toBeLessThan(0.05);
    expect(chosen!.density).toBeGreaterThan(0.98);
  });

  it('is deterministic, and its trajectory starts from every run and trades coverage for density', () => {
    const data = synthetic(1500, 3, ([x0]) => x0! > 0.6, 0.1);
    const [a, b] = [runPrim(data), runPrim(data)];
    expect(a).toEqual(b);
    expect(a.trajectory[0]).toMatchObject({ mass: 1, coverage: 1, runs: 1500 });
    for (let i = 1; i < a.trajectory.length; i++) {
      expect(a.trajectory[i]!.mass).toBeLessThan(a.trajectory[i - 1]!.mass);
      expect(a.trajectory[i]!.mass).toBeGreaterThanOrEqual(0.05);
    }
    const last = a.trajectory.at(-1)!;
    expect(last.density).toBeGreaterThan(a.trajectory[0]!.density);
  });

  it('with a threshold, chooses the widest box at least that dense', () => {
    const data = synthetic(2000, 3, ([x0]) => x0! > 0.5, 0.2);
    const result = runPrim(data, { threshold: 0.75 });
    const peeled = result.trajectory[result.chosenStep!]!;
    expect(peeled.density).toBeGreaterThanOrEqual(0.75);
    const wider = result.trajectory.filter((s) => s.coverage > peeled.coverage);
    expect(wider.every((s) => s.density < 0.75)).toBe(true);
    expect(result.chosen!.density).toBeGreaterThanOrEqual(peeled.density);
  });

  it('pasting grows back a box peeled too far', () => {
    const data = synthetic(2000, 2, ([x0]) => x0! > 0.5);
    const result = runPrim(data, { alpha: 0.2 });
    // Coarse peels of a fifth of the box overshoot 0.5; pasting moves the bound back towards it.
    const peeled = result.trajectory[result.chosenStep!]!;
    expect(result.chosen!.coverage).toBeGreaterThanOrEqual(peeled.coverage);
    expect(result.chosen!.density).toBe(1);
  });

  it('reports no box when no run has the outcome, and counts in boxStats what runPrim reports', () => {
    const none = synthetic(200, 2, () => false);
    expect(runPrim(none).chosen).toBeNull();
    const data = synthetic(500, 2, ([x0]) => x0! > 0.5);
    const stats = boxStats(data, { lower: [0.5, -Infinity], upper: [Infinity, Infinity] });
    expect(stats.density).toBe(1);
    expect(stats.coverage).toBe(1);
  });

  it('writes restrictions as inequalities', () => {
    expect(restrictionText({ input: 'minWest', min: 0.40213, max: null })).toBe('minWest >= 0.402');
    expect(restrictionText({ input: 'x', min: null, max: 0.7 })).toBe('x <= 0.7');
    expect(restrictionText({ input: 'x', min: 0.1, max: 0.9 })).toBe('0.1 <= x <= 0.9');
  });
});

describe('PRIM as report data', () => {
  it('the prim chart carries the trajectory and the chosen box; no box, no chart', async () => {
    const { primChart, boxSentence } = await import('../../../src/analysis/prim/chart.js');
    const data = synthetic(800, 2, ([x0]) => x0! >= 0.5);
    const result = runPrim(data);
    const chart = primChart(result)!;
    expect(chart.trajectory).toHaveLength(result.trajectory.length);
    expect(chart.trajectory[0]).toEqual({ coverage: 1, density: result.trajectory[0]!.density, dimensions: 0 });
    expect(chart.chosen.restrictions).toEqual([expect.stringMatching(/^x0 >= 0\.5/)]);
    expect(boxSentence(result, 'consensus-text')).toMatch(/^P\(consensus-text\) = 1\.00 when x0 >= 0\.5/);
    expect(primChart(runPrim(synthetic(100, 2, () => false)))).toBeNull();
  });
});
