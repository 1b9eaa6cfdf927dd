// Latin hypercube sampling on the unit cube: each factor's [0, 1) is cut into n equal strata and
// every stratum holds exactly one of the n points; which stratum pairs with which is shuffled.
import type { Rng } from '../../engine/rng.js';

/** n points in k dimensions, each coordinate in [0, 1). */
export function latinHypercube(n: number, k: number, rng: Rng): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let factor = 0; factor < k; factor++) {
    const strata = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    for (let i = 0; i < n; i++) points[i]![factor] = (strata[i]! + rng.next()) / n;
  }
  return points;
}
