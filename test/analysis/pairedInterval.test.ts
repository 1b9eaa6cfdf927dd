// Newcombe's method-10 interval for a paired difference: the published worked example, and the
// properties any such interval must have.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedDifference, type PairedTable } from '../../src/analysis/pairedInterval.js';

describe('pairedDifference', () => {
  it('reproduces the worked example of Fagerland, Lydersen and Laake (2017), ch. 8 (Cavo et al. 2012)', () => {
    // Complete response before and after consolidation therapy: [[59, 6], [16, 80]];
    // published: estimate -0.0621, 95% CI -0.1186 to -0.0046 (Newcombe square-and-add).
    const r = pairedDifference({ both: 59, onlyFirst: 6, onlySecond: 16, neither: 80 });
    expect(r.difference).toBeCloseTo(-0.0621, 4);
    expect(r.lo).toBeCloseTo(-0.1186, 4);
    expect(r.hi).toBeCloseTo(-0.0046, 4);
  });

  it('gives difference 0 and an interval around it when no pair is discordant', () => {
    const r = pairedDifference({ both: 30, onlyFirst: 0, onlySecond: 0, neither: 70 });
    expect(r.difference).toBe(0);
    expect(r.lo).toBeLessThan(0);
    expect(r.hi).toBeGreaterThan(0);
  });

  it('is the whole range for an empty table', () => {
    expect(pairedDifference({ both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 })).toEqual({
      difference: 0,
      lo: -1,
      hi: 1,
    });
  });

  const tables = fc
    .tuple(fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(200))
    .filter((cells) => cells.some((c) => c > 0))
    .map(([both, onlyFirst, onlySecond, neither]): PairedTable => ({ both, onlyFirst, onlySecond, neither }));

  it('holds the difference, inside [-1, 1]', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const r = pairedDifference(t);
        const n = t.both + t.onlyFirst + t.onlySecond + t.neither;
        expect(r.difference).toBeCloseTo((t.onlyFirst - t.onlySecond) / n, 12);
        expect(r.lo).toBeGreaterThanOrEqual(-1);
        expect(r.hi).toBeLessThanOrEqual(1);
        expect(r.lo).toBeLessThanOrEqual(r.difference + 1e-12);
        expect(r.hi).toBeGreaterThanOrEqual(r.difference - 1e-12);
      }),
    );
  });

  it('mirrors when the two settings swap', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const r = pairedDifference(t);
        const s = pairedDifference({ ...t, onlyFirst: t.onlySecond, onlySecond: t.onlyFirst });
        expect(s.difference).toBeCloseTo(-r.difference, 12);
        expect(s.lo).toBeCloseTo(-r.hi, 12);
        expect(s.hi).toBeCloseTo(-r.lo, 12);
      }),
    );
  });
});
