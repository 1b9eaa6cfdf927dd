// Whether a one-at-a-time swing is noise: the runs at its two ends cannot tell them apart, as
// when either end's P lies inside the other end's 95% interval. A tornado of a rare outcome
// (1 run in 100) otherwise shows every 0-vs-2-runs wobble as a parameter that "moved P".
import type { Estimate } from './sensitivity.js';

type Interval = Pick<Estimate, 'p' | 'lo' | 'hi'>;

const inside = (x: number, e: Interval) => x >= e.lo && x <= e.hi;

export function isNoiseSwing(swing: { low: { estimate: Interval }; high: { estimate: Interval } }): boolean {
  const [low, high] = [swing.low.estimate, swing.high.estimate];
  return inside(low.p, high) || inside(high.p, low);
}
