import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designPoints, pointCount, type Design } from '../../../src/analysis/design/design.js';
import { factorialValues, factorValue, parseFactor, type Factor } from '../../../src/analysis/design/factors.js';
import { fullFactorial } from '../../../src/analysis/design/factorial.js';
import { latinHypercube } from '../../../src/analysis/design/lhs.js';
import { saltelliRole, saltelliSample } from '../../../src/analysis/design/saltelli.js';
import { createRng } from '../../../src/engine/rng.js';

describe('Latin hypercube', () => {
  it('puts exactly one point in each stratum of each factor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.string(), (n, k, seed) => {
        const points = latinHypercube(n, k, createRng(seed));
        expect(points).toHaveLength(n);
        for (let factor = 0; factor < k; factor++) {
          const strata = points.map((p) => Math.floor(p[factor]! * n)).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
        }
      }),
    );
  });

  it('is the same for a seed and differs between seeds', () => {
    expect(latinHypercube(10, 3, createRng('a'))).toEqual(latinHypercube(10, 3, createRng('a')));
    expect(latinHypercube(10, 3, createRng('a'))).not.toEqual(latinHypercube(10, 3, createRng('b')));
  });
});

describe('full factorial', () => {
  it('lists every combination once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), (counts) => {
        const combos = fullFactorial(counts);
        expect(combos).toHaveLength(counts.reduce((n, c) => n * c, 1));
        expect(new Set(combos.map((c) => c.join(','))).size).toBe(combos.length);
        for (const combo of combos) combo.forEach((level, i) => expect(level).toBeLessThan(counts[i]!));
      }),
    );
  });
});

describe('Saltelli sample', () => {
  it('lays out A, AB_1..AB_k, B per base row; AB_i is A with column i from B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), fc.string(), (n, k, seed) => {
        const points = saltelliSample(n, k, createRng(seed));
        expect(points).toHaveLength(n * (k + 2));
        for (let row = 0; row < n; row++) {
          const a = points[row * (k + 2)]!;
          const b = points[row * (k + 2) + k + 1]!;
          expect(saltelliRole(row * (k + 2), k)).toEqual({ row, matrix: 'A' });
          expect(saltelliRole(row * (k + 2) + k + 1, k)).toEqual({ row, matrix: 'B' });
          for (let i = 0; i < k; i++) {
            const p = row * (k + 2) + 1 + i;
            expect(saltelliRole(p, k)).toEqual({ row, matrix: 'AB', factor: i });
            expect(points[p]).toEqual(a.map((x, j) => (j === i ? b[j] : x)));
          }
        }
      }),
    );
  });

  it('draws A and B as Latin hypercubes: one base row per stratum of each column', () => {
    const [n, k] = [16, 3];
    const points = saltelliSample(n, k, createRng('s'));
    for (const slot of [0, k + 1])
      for (let factor = 0; factor < k; factor++) {
        const strata = Array.from({ length: n }, (_, row) => Math.floor(points[row * (k + 2) + slot]![factor]! * n));
        expect(strata.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }
  });
});

describe('factors', () => {
  it('parses ranges and levels, and says what is wrong', () => {
    expect(parseFactor('CHN.patience=0.1..0.9')).toEqual({ path: 'CHN.patience', lo: 0.1, hi: 0.9, whole: false });
    expect(parseFactor('forum.chair=KHM, SGP')).toEqual({ path: 'forum.chair', levels: ['KHM', 'SGP'] });
    expect(parseFactor('CHN.patience=0.9..0.1')).toMatch(/LO < HI/);
    expect(parseFactor('CHN.patience')).toMatch(/PATH=LO\.\.HI/);
    expect(parseFactor('forum.chair=a,,b')).toMatch(/none empty/);
    expect(parseFactor('forum.chair=a,a')).toMatch(/twice/);
  });

  it('maps the unit interval onto the range, levels and whole numbers in equal shares', () => {
    const range: Factor = { path: 'x', lo: 2, hi: 4, whole: false };
    expect([0, 0.5, 0.999999].map((u) => factorValue(range, u))).toEqual(['2', '3', '4']);
    const whole: Factor = { path: 'x', lo: 4, hi: 6, whole: true };
    expect([0, 0.34, 0.67, 0.99].map((u) => factorValue(whole, u))).toEqual(['4', '5', '6', '6']);
    const levels: Factor = { path: 'x', levels: ['a', 'b'] };
    expect([0, 0.49, 0.5, 0.99].map((u) => factorValue(levels, u))).toEqual(['a', 'a', 'b', 'b']);
    expect(factorialValues(range, 3)).toEqual(['2', '3', '4']);
    expect(factorialValues(whole, 5)).toEqual(['4', '5', '6']);
  });
});

describe('designPoints', () => {
  const factors: Factor[] = [
    { path: 'A.patience', lo: 0, hi: 1, whole: false },
    { path: 'forum.chair', levels: ['KHM', 'SGP'] },
  ];
  const design = (kind: Design['kind']) => ({
    kind,
    factors,
    samples: kind === 'factorial' ? null : 5,
    levels: kind === 'factorial' ? 3 : null,
    runsPerPoint: 2,
  });

  it('gives as many points as pointCount says, each naming every factor', () => {
    for (const kind of ['factorial', 'lhs', 'sobol'] as const) {
      const points = designPoints(design(kind), '7');
      expect(points).toHaveLength(pointCount(design(kind)));
      for (const point of points) expect(Object.keys(point)).toEqual(['A.patience', 'forum.chair']);
    }
  });

  it('a factorial design has every combination of the levels', () => {
    const points = designPoints(design('factorial'), '7').map((p) => `${p['A.patience']}/${p['forum.chair']}`);
    expect(points).toEqual(['0/KHM', '0/SGP', '0.5/KHM', '0.5/SGP', '1/KHM', '1/SGP']);
  });

  it('is a pure function of the design and the seed', () => {
    expect(designPoints(design('sobol'), '7')).toEqual(designPoints(design('sobol'), '7'));
    expect(designPoints(design('lhs'), '7')).not.toEqual(designPoints(design('lhs'), '8'));
  });
});
