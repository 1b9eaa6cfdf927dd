// Sobol indices from a Saltelli design's outputs: first order by Saltelli et al. (2010),
//   S_i  = mean_j f(B)_j (f(AB_i)_j - f(A)_j) / V,
// total by Jansen (1999),
//   ST_i = mean_j (f(A)_j - f(AB_i)_j)^2 / (2V),
// with V the variance of f over A and B together; 95% intervals by resampling the base rows.
import { createRng } from '../../engine/rng.js';

/** The model's output on each base row j: f(A)_j, f(B)_j and f(AB_i)_j for each factor i. */
export interface SaltelliOutputs {
  a: number[];
  b: number[];
  /** ab[i][j]: f(AB_i) on row j. */
  ab: number[][];
}

export interface SobolIndex {
  first: number;
  firstLo: number;
  firstHi: number;
  total: number;
  totalLo: number;
  totalHi: number;
}

export interface SobolEstimate {
  first: number[];
  total: number[];
  /** Variance of the output over A and B; 0 when it never varied (every index is then 0). */
  variance: number;
}

function variance(values: readonly number[]): number {
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  return values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
}

/** The indices from the rows `rows` (indices into the outputs; repeated rows count twice). */
export function sobolEstimate(
  outputs: SaltelliOutputs,
  rows: readonly number[] = outputs.a.map((_, j) => j),
): SobolEstimate {
  const [a, b] = [rows.map((j) => outputs.a[j]!), rows.map((j) => outputs.b[j]!)];
  const v = variance([...a, ...b]);
  const n = rows.length;
  const first: number[] = [];
  const total: number[] = [];
  for (const column of outputs.ab) {
    const ab = rows.map((j) => column[j]!);
    let [s, t] = [0, 0];
    for (let j = 0; j < n; j++) {
      s += b[j]! * (ab[j]! - a[j]!);
      t += (a[j]! - ab[j]!) ** 2;
    }
    first.push(v > 0 ? s / n / v : 0);
    total.push(v > 0 ? t / (2 * n) / v : 0);
  }
  return { first, total, variance: v };
}

const quantile = (sorted: readonly number[], q: number) => {
  const at = (sorted.length - 1) * q;
  const [lo, hi] = [Math.floor(at), Math.ceil(at)];
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
};

/** Each factor's indices with their 95% percentile intervals over `resamples` bootstrap draws of the rows. */
export function sobolIndices(
  outputs: SaltelliOutputs,
  resamples: number,
  seed: string,
): { indices: SobolIndex[]; variance: number } {
  const estimate = sobolEstimate(outputs);
  const n = outputs.a.length;
  const rng = createRng(`${seed}/bootstrap`);
  const draws = Array.from({ length: resamples }, () =>
    sobolEstimate(
      outputs,
      Array.from({ length: n }, () => Math.floor(rng.next() * n)),
    ),
  );
  const interval = (pick: (e: SobolEstimate) => number, point: number) => {
    if (draws.length === 0) return [point, point] as const;
    const sorted = draws.map(pick).sort((x, y) => x - y);
    return [quantile(sorted, 0.025), quantile(sorted, 0.975)] as const;
  };
  const indices = outputs.ab.map((_, i) => {
    const [firstLo, firstHi] = interval((e) => e.first[i]!, estimate.first[i]!);
    const [totalLo, totalHi] = interval((e) => e.total[i]!, estimate.total[i]!);
    return { first: estimate.first[i]!, firstLo, firstHi, total: estimate.total[i]!, totalLo, totalHi };
  });
  return { indices, variance: estimate.variance };
}
