// PRIM's pasting: peeling cuts in fixed slices and can overshoot, so the chosen box is grown back
// a slice at a time from just outside one side of one input, while that does not lower its
// density; the densest growth goes first. A slice is a share `alpha` of the box's runs, or the
// one nearest run (with its ties): the finer grain finds the edge a coarse peel stepped over.
import { boxStats, type Box, type PrimData } from './box.js';
import type { Step } from './peel.js';

/** Runs outside `box` on exactly one side of input `input` only, nearest the box first. */
function outsideOnlyOn(data: PrimData, box: Box, input: number, side: 'lower' | 'upper'): number[] {
  const column = data.columns[input]!;
  const runs: number[] = [];
  for (let run = 0; run < data.outcome.length; run++) {
    const x = column[run]!;
    if (side === 'lower' ? x >= box.lower[input]! : x <= box.upper[input]!) continue;
    const elsewhere = data.columns.every(
      (other, i) => i === input || (other[run]! >= box.lower[i]! && other[run]! <= box.upper[i]!),
    );
    if (elsewhere) runs.push(run);
  }
  const nearestFirst = side === 'lower' ? -1 : 1;
  return runs.sort((a, b) => nearestFirst * (column[a]! - column[b]!) || a - b);
}

export function paste(data: PrimData, start: Step, alpha: number): Step {
  let current: Step = { box: structuredClone(start.box), stats: start.stats };
  for (;;) {
    const count = Math.max(1, Math.ceil(alpha * current.stats.runs));
    let best: Step | null = null;
    for (let input = 0; input < data.inputs.length; input++) {
      for (const side of ['lower', 'upper'] as const) {
        const candidates = outsideOnlyOn(data, current.box, input, side);
        for (const size of new Set([count, 1])) {
          if (candidates.length === 0) continue;
          // The slice's far edge: the size-th nearest run, and any tied with it.
          const edge = data.columns[input]![candidates[Math.min(size, candidates.length) - 1]!]!;
          const box = structuredClone(current.box);
          box[side][input] = edge;
          const stats = boxStats(data, box);
          if (!best || stats.density > best.stats.density) best = { box, stats };
        }
      }
    }
    if (!best || best.stats.density < current.stats.density) return current;
    current = best;
  }
}
