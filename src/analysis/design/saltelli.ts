// Saltelli's sampling scheme for Sobol indices (Saltelli et al. 2010): two independent N x k
// matrices A and B, and for each factor i the matrix AB_i, which is A with column i taken from B.
// The points are laid out base row by base row: A_j, AB_1j ... AB_kj, B_j, so N(k+2) points in all
// and the point at index p belongs to base row floor(p / (k+2)).
import type { Rng } from '../../engine/rng.js';
import { latinHypercube } from './lhs.js';

/** Which matrix a point of a Saltelli design comes from, and its base row. */
export type SaltelliRole = { row: number; matrix: 'A' | 'B' } | { row: number; matrix: 'AB'; factor: number };

export const saltelliPoints = (n: number, k: number) => n * (k + 2);

export function saltelliRole(point: number, k: number): SaltelliRole {
  const row = Math.floor(point / (k + 2));
  const slot = point % (k + 2);
  if (slot === 0) return { row, matrix: 'A' };
  if (slot === k + 1) return { row, matrix: 'B' };
  return { row, matrix: 'AB', factor: slot - 1 };
}

/**
 * The N(k+2) points on the unit cube. A and B are the two halves of one Latin hypercube in 2k
 * dimensions: independent of each other, and each evenly spread over every factor.
 */
export function saltelliSample(n: number, k: number, rng: Rng): number[][] {
  const base = latinHypercube(n, 2 * k, rng);
  return base.flatMap((row) => {
    const [a, b] = [row.slice(0, k), row.slice(k)];
    const ab = a.map((_, i) => a.map((x, j) => (j === i ? b[j]! : x)));
    return [a, ...ab, b];
  });
}
