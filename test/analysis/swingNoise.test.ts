import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/analysis/stats.js';
import { isNoiseSwing } from '../../src/analysis/swingNoise.js';

const end = (hits: number, runs: number) => {
  const { lo, hi } = wilson(hits, runs);
  return { estimate: { p: hits / runs, lo, hi } };
};

describe('isNoiseSwing', () => {
  it('calls a swing noise when one end lies inside the other end’s 95% interval', () => {
    // The analyst's case: 0 vs 2 runs in 100 on a 1-in-100 outcome.
    expect(isNoiseSwing({ low: end(0, 100), high: end(2, 100) })).toBe(true);
    expect(isNoiseSwing({ low: end(30, 100), high: end(33, 100) })).toBe(true);
  });

  it('does not when the ends are far apart for their runs', () => {
    expect(isNoiseSwing({ low: end(0, 100), high: end(23, 100) })).toBe(false);
    expect(isNoiseSwing({ low: end(20, 100), high: end(74, 100) })).toBe(false);
  });
});
