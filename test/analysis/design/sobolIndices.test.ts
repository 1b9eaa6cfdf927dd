import { describe, expect, it } from 'vitest';
import { saltelliRole, saltelliSample } from '../../../src/analysis/design/saltelli.js';
import { sobolIndices, type SaltelliOutputs } from '../../../src/analysis/design/sobolIndices.js';
import { createRng } from '../../../src/engine/rng.js';

/** Runs `model` on a Saltelli sample of n base rows and sorts its outputs into A, B and AB_i. */
function outputsOf(model: (x: number[]) => number, n: number, k: number, seed: string): SaltelliOutputs {
  const outputs: SaltelliOutputs = { a: [], b: [], ab: Array.from({ length: k }, () => []) };
  saltelliSample(n, k, createRng(seed)).forEach((x, p) => {
    const role = saltelliRole(p, k);
    if (role.matrix === 'AB') outputs.ab[role.factor]!.push(model(x));
    else outputs[role.matrix === 'A' ? 'a' : 'b'].push(model(x));
  });
  return outputs;
}

describe('Sobol indices (Saltelli 2010 first order, Jansen total)', () => {
  it('recover the Ishigami function analytic indices', () => {
    const [a, b] = [7, 0.1];
    const toPi = (u: number) => -Math.PI + 2 * Math.PI * u;
    const ishigami = (u: number[]) => {
      const [x1, x2, x3] = u.map(toPi) as [number, number, number];
      return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
    };
    // Analytic values (Ishigami & Homma 1990; Saltelli et al. 2008, table 4.2).
    const v = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
    const v1 = 0.5 * (1 + (b * Math.PI ** 4) / 5) ** 2;
    const v2 = a ** 2 / 8;
    const v13 = (b ** 2 * Math.PI ** 8) / 18 - (b ** 2 * Math.PI ** 8) / 50;
    const first = [v1 / v, v2 / v, 0];
    const total = [(v1 + v13) / v, v2 / v, v13 / v];
    const { indices } = sobolIndices(outputsOf(ishigami, 8_000, 3, 'ishigami'), 20, '1');
    indices.forEach((index, i) => {
      expect(index.first).toBeCloseTo(first[i]!, 1);
      expect(index.total).toBeCloseTo(total[i]!, 1);
      expect(index.firstLo).toBeLessThanOrEqual(index.first);
      expect(index.firstHi).toBeGreaterThanOrEqual(index.first);
      expect(index.totalLo).toBeLessThanOrEqual(index.totalHi);
    });
  });

  it('give c_i^2 / sum c_j^2 for both indices of a linear model, inside their intervals', () => {
    const c = [1, 2, 3, 0];
    const linear = (x: number[]) => x.reduce((s, xi, i) => s + c[i]! * xi, 0);
    const share = c.map((ci) => ci ** 2 / c.reduce((s, cj) => s + cj ** 2, 0));
    const { indices } = sobolIndices(outputsOf(linear, 4_000, 4, 'linear'), 200, '2');
    indices.forEach((index, i) => {
      expect(index.first).toBeCloseTo(share[i]!, 1);
      expect(index.total).toBeCloseTo(share[i]!, 1);
      expect(index.totalLo).toBeLessThanOrEqual(share[i]! + 1e-9);
      expect(index.totalHi).toBeGreaterThanOrEqual(share[i]! - 1e-9);
    });
    // The factor with no coefficient: exactly nothing, and no interval either.
    expect(indices[3]).toMatchObject({ total: 0, totalLo: 0, totalHi: 0 });
  });

  it('are all 0 when the output never varies, and the same for the same seed', () => {
    const flat = outputsOf(() => 0.5, 50, 2, 'flat');
    expect(sobolIndices(flat, 20, '1')).toEqual({
      variance: 0,
      indices: [0, 1].map(() => ({ first: 0, firstLo: 0, firstHi: 0, total: 0, totalLo: 0, totalHi: 0 })),
    });
    const outputs = outputsOf((x) => x[0]! * x[1]!, 200, 2, 'p');
    expect(sobolIndices(outputs, 50, '3')).toEqual(sobolIndices(outputs, 50, '3'));
  });
});
