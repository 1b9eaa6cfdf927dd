// Whether a box's restriction on an input earns its place: the EMA Workbench's quasi-p-value, the
// chance that a box as dense as this one would come out of the box without that restriction by
// drawing its runs at random (a one-sided hypergeometric test). A restriction the noise explains
// (p above 0.05) is dropped: the densest box on a noisy trajectory limits inputs that do nothing.
import { boxStats, type Box, type PrimData } from './box.js';

export const MAX_QUASI_P = 0.05;

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9): about 15 digits, plenty for a tail probability. */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const lnChoose = (n: number, k: number) => lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);

/** P(X >= hits) drawing `runs` of `total` runs of which `totalHits` are hits, without replacement. */
export function hypergeometricTail(hits: number, runs: number, totalHits: number, total: number): number {
  const lnAll = lnChoose(total, runs);
  let p = 0;
  for (let k = hits; k <= Math.min(runs, totalHits); k++) {
    if (runs - k > total - totalHits) continue;
    p += Math.exp(lnChoose(totalHits, k) + lnChoose(total - totalHits, runs - k) - lnAll);
  }
  return Math.min(1, p);
}

/** Input index -> the quasi-p-value of the box's restriction on it (restricted inputs only). */
export function quasiPValues(data: PrimData, box: Box): Map<number, number> {
  const inner = boxStats(data, box);
  const out = new Map<number, number>();
  box.lower.forEach((lower, i) => {
    if (lower === -Infinity && box.upper[i] === Infinity) return;
    const without = structuredClone(box);
    [without.lower[i], without.upper[i]] = [-Infinity, Infinity];
    const outer = boxStats(data, without);
    // A bound the others make redundant (it excludes no run of the box without it) buys nothing: p = 1.
    out.set(i, outer.runs === inner.runs ? 1 : hypergeometricTail(inner.hits, inner.runs, outer.hits, outer.runs));
  });
  return out;
}

/** The box without the restrictions the noise explains, the least significant dropped first. */
export function dropInsignificant(data: PrimData, box: Box): Box {
  const kept = structuredClone(box);
  for (;;) {
    let worst: [number, number] | null = null;
    for (const [input, p] of quasiPValues(data, kept))
      if (p > MAX_QUASI_P && (!worst || p > worst[1])) worst = [input, p];
    if (!worst) return kept;
    [kept.lower[worst[0]], kept.upper[worst[0]]] = [-Infinity, Infinity];
  }
}
