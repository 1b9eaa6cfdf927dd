// PRIM's peeling (Friedman & Fisher 1999): from the box holding every run, repeatedly cut off a
// thin slice (a share `alpha` of the box's runs) at the low or high end of one input, choosing
// the slice whose removal raises the box's density most per run removed (the EMA Workbench's
// default objective, `lenient1`), until the box would hold less than `minMass` of all runs. Each
// box on the way is a step of the trajectory: coverage falls as density (mostly) rises.
import { boxStats, statsOf, unboundedBox, type Box, type BoxStats, type PrimData } from './box.js';

export interface PeelOptions {
  /** Share of the box's runs one peel removes (ties at the cut go with it). */
  alpha: number;
  /** Smallest share of all runs a box may keep. */
  minMass: number;
}

export interface Step {
  box: Box;
  stats: BoxStats;
}

/** A slice one peel would remove: its size and hits, and the bound the box keeps after it. */
interface Slice {
  input: number;
  side: 'lower' | 'upper';
  bound: number;
  runs: number;
  hits: number;
}

/** Each input's run indices by ascending value (ties by index: the order never depends on a sort's whims). */
export function sortedOrders(data: PrimData): Uint32Array[] {
  return data.columns.map((column) => {
    const order = Uint32Array.from(column.keys());
    return order.sort((a, b) => column[a]! - column[b]! || a - b);
  });
}

/**
 * The slice of the box's runs at one end of `order` (ascending for the lower end): the first
 * `count` inside runs and any tied with the last of them; null when nothing would be left.
 */
function sliceAt(
  data: PrimData,
  inside: Uint8Array,
  order: Uint32Array,
  input: number,
  side: Slice['side'],
  count: number,
): Slice | null {
  const column = data.columns[input]!;
  let [runs, hits] = [0, 0];
  let last = NaN;
  for (let k = 0; k < order.length; k++) {
    const run = order[side === 'lower' ? k : order.length - 1 - k]!;
    if (!inside[run]) continue;
    const x = column[run]!;
    if (runs >= count && x !== last) return { input, side, bound: x, runs, hits };
    runs++;
    hits += data.outcome[run]!;
    last = x;
  }
  return null;
}

export function peelingTrajectory(data: PrimData, options: PeelOptions, orders = sortedOrders(data)): Step[] {
  const total = data.outcome.length;
  const inside = new Uint8Array(total).fill(1);
  const box = unboundedBox(data.inputs.length);
  let stats = boxStats(data, box);
  const steps: Step[] = [{ box: structuredClone(box), stats }];
  for (;;) {
    const count = Math.max(1, Math.ceil(options.alpha * stats.runs));
    let best: { slice: Slice; gain: number } | null = null;
    for (let input = 0; input < data.inputs.length; input++) {
      for (const side of ['lower', 'upper'] as const) {
        const slice = sliceAt(data, inside, orders[input]!, input, side, count);
        if (!slice || (stats.runs - slice.runs) / total < options.minMass) continue;
        const density = (stats.hits - slice.hits) / (stats.runs - slice.runs);
        const gain = (density - stats.density) / slice.runs;
        if (!best || gain > best.gain) best = { slice, gain };
      }
    }
    if (!best) return steps;
    const { input, side, bound } = best.slice;
    box[side][input] = bound;
    const column = data.columns[input]!;
    for (let run = 0; run < total; run++) {
      if (inside[run] && (side === 'lower' ? column[run]! < bound : column[run]! > bound)) inside[run] = 0;
    }
    stats = statsOf(data, stats.runs - best.slice.runs, stats.hits - best.slice.hits);
    steps.push({ box: structuredClone(box), stats });
  }
}
