// A PRIM box: per input, the lowest and highest value a run may have to be inside (inclusive),
// and what the box holds of the runs: mass (share of all runs), coverage (share of the runs with
// the outcome), density (share of the box's runs with the outcome, i.e. P of the outcome there).

/** The runs PRIM looks at: one column per input (all the same length) and the outcome (1 or 0). */
export interface PrimData {
  inputs: string[];
  columns: Float64Array[];
  outcome: Uint8Array;
}

export interface Box {
  /** Per input, inclusive; -Infinity / Infinity where the box does not restrict it. */
  lower: number[];
  upper: number[];
}

export interface BoxStats {
  /** Runs inside the box. */
  runs: number;
  /** Of those, the runs with the outcome. */
  hits: number;
  mass: number;
  coverage: number;
  density: number;
}

export const unboundedBox = (inputs: number): Box => ({
  lower: Array<number>(inputs).fill(-Infinity),
  upper: Array<number>(inputs).fill(Infinity),
});

export function inBox(data: PrimData, box: Box, run: number): boolean {
  return data.columns.every((column, i) => column[run]! >= box.lower[i]! && column[run]! <= box.upper[i]!);
}

export function boxStats(data: PrimData, box: Box): BoxStats {
  let runs = 0;
  let hits = 0;
  for (let run = 0; run < data.outcome.length; run++) {
    if (!inBox(data, box, run)) continue;
    runs++;
    hits += data.outcome[run]!;
  }
  return statsOf(data, runs, hits);
}

export function statsOf(data: PrimData, runs: number, hits: number): BoxStats {
  const total = data.outcome.length;
  const allHits = data.outcome.reduce((sum, y) => sum + y, 0);
  return {
    runs,
    hits,
    mass: total === 0 ? 0 : runs / total,
    coverage: allHits === 0 ? 0 : hits / allHits,
    density: runs === 0 ? 0 : hits / runs,
  };
}

/** One limit of a box on one input, as `input >= value` or `input <= value`. */
export interface Restriction {
  input: string;
  /** Null where the box does not limit that side. */
  min: number | null;
  max: number | null;
}

/**
 * The inputs the box limits, in input order: a side counts only when it excludes some run, so a
 * bound left at the data's edge is no restriction.
 */
export function restrictions(data: PrimData, box: Box): Restriction[] {
  const out: Restriction[] = [];
  data.columns.forEach((column, i) => {
    let [lo, hi] = [Infinity, -Infinity];
    for (const x of column) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
    const min = box.lower[i]! > lo ? box.lower[i]! : null;
    const max = box.upper[i]! < hi ? box.upper[i]! : null;
    if (min !== null || max !== null) out.push({ input: data.inputs[i]!, min, max });
  });
  return out;
}

/** Three significant digits: enough to read a bound, no float noise. */
export const roundBound = (x: number): string => String(Number(x.toPrecision(3)));

/** `USA.patience >= 0.402`, `0.4 <= x <= 0.8`. */
export function restrictionText({ input, min, max }: Restriction): string {
  if (min !== null && max !== null) return `${roundBound(min)} <= ${input} <= ${roundBound(max)}`;
  return min !== null ? `${input} >= ${roundBound(min)}` : `${input} <= ${roundBound(max!)}`;
}
