// The difference between two proportions measured on the same units (here: the same seeds run
// under two settings), with a 95% interval that knows the pairs are correlated. Newcombe's method
// 10 (Newcombe 1998, Stat Med 17:2635-2650; the "square-and-add" interval of Fagerland, Lydersen
// and Laake 2017, ch. 8): the Wilson intervals of the two margins, combined through the estimated
// correlation of the pairs. It stays inside [-1, 1], behaves at 0 and n discordant pairs (where a
// Wald interval collapses to a point), and needs no iteration.
import { wilson } from './stats.js';

/** A paired 2x2 table: how many units had the event under both settings, only the first, only the second, neither. */
export interface PairedTable {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

export interface PairedDifference {
  /** p(first) - p(second). */
  difference: number;
  /** 95% interval of the difference (or at the level `z` gives). */
  lo: number;
  hi: number;
}

/**
 * Newcombe's correlation estimate with his continuity correction: (AD - BC - n/2) / sqrt(margins)
 * when AD - BC exceeds n/2, 0 between 0 and n/2, (AD - BC) / sqrt(margins) below 0; 0 when a
 * margin is empty.
 */
function correlation(t: PairedTable, n: number): number {
  const firstYes = t.both + t.onlyFirst;
  const firstNo = t.onlySecond + t.neither;
  const secondYes = t.both + t.onlySecond;
  const secondNo = t.onlyFirst + t.neither;
  if (firstYes === 0 || firstNo === 0 || secondYes === 0 || secondNo === 0) return 0;
  const margins = Math.sqrt(firstYes * firstNo * secondYes * secondNo);
  const cross = t.both * t.neither - t.onlyFirst * t.onlySecond;
  if (cross > n / 2) return (cross - n / 2) / margins;
  if (cross >= 0) return 0;
  return cross / margins;
}

/** p(first) - p(second) with Newcombe's method-10 interval; 0 in [-1, 1] for an empty table. */
export function pairedDifference(t: PairedTable, z = 1.96): PairedDifference {
  const n = t.both + t.onlyFirst + t.onlySecond + t.neither;
  if (n === 0) return { difference: 0, lo: -1, hi: 1 };
  const p1 = (t.both + t.onlyFirst) / n;
  const p2 = (t.both + t.onlySecond) / n;
  const w1 = wilson(t.both + t.onlyFirst, n, z);
  const w2 = wilson(t.both + t.onlySecond, n, z);
  const phi = correlation(t, n);
  const squareAndAdd = (x: number, y: number) => Math.sqrt(Math.max(0, x * x + y * y - 2 * phi * x * y));
  const difference = p1 - p2;
  return {
    difference,
    lo: Math.max(-1, difference - squareAndAdd(p1 - w1.lo, w2.hi - p2)),
    hi: Math.min(1, difference + squareAndAdd(p2 - w2.lo, w1.hi - p1)),
  };
}
