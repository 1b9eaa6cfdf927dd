import { describe, expect, it } from 'vitest';
import { brier, logLoss, reliability, smoothed, wilson } from '../../src/analysis/stats.js';

describe('forecast scores', () => {
  it('Wilson intervals match published values and stay inside [0, 1]', () => {
    const none = wilson(0, 10);
    expect(none.lo).toBe(0);
    expect(none.hi).toBeCloseTo(0.2775, 3);
    const half = wilson(50, 100);
    expect(half.lo).toBeCloseTo(0.4038, 3);
    expect(half.hi).toBeCloseTo(0.5962, 3);
    expect(wilson(10, 10).hi).toBe(1);
  });
  it('Brier is the squared error and the log score never sees a zero probability', () => {
    expect(brier(0.8, true)).toBeCloseTo(0.04);
    expect(brier(0.8, false)).toBeCloseTo(0.64);
    expect(smoothed(0, 100)).toBeCloseTo(0.5 / 101);
    expect(Number.isFinite(logLoss(smoothed(0, 100)))).toBe(true);
    expect(logLoss(smoothed(100, 100))).toBeLessThan(0.01);
  });
  it('reliability bins hold every forecast once, with the observed frequency', () => {
    const bins = reliability(
      [
        { p: 0, happened: false },
        { p: 0.05, happened: true },
        { p: 1, happened: true },
        { p: 0.5, happened: false },
      ],
      5,
    );
    expect(bins.reduce((n, b) => n + b.cases, 0)).toBe(4);
    expect(bins[0]).toMatchObject({ cases: 2, observed: 0.5 });
    expect(bins[4]).toMatchObject({ cases: 1, observed: 1 });
  });
});
