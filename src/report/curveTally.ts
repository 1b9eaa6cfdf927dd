// P(consensus text) against each --vary parameter of a sweep: runs counted in equal-width bins of
// the value each drew, so memory stays flat and the order the runs arrive in does not matter.
import { isError, type SweepRecord } from '../analysis/sweepLine.js';
import { proportion } from '../analysis/stats.js';
import { parseTriangle } from '../scenario/spreads.js';
import type { Overrides } from '../scenario/overrides.js';
import type { Chart } from './types.js';

export const CURVE_BINS = 10;
export const CURVE_OUTCOME = 'consensus text';

interface Axis {
  path: string;
  lo: number;
  hi: number;
  runs: number[];
  hits: number[];
}

export interface CurveTally {
  add(record: SweepRecord): void;
  charts(): Extract<Chart, { kind: 'curve' }>[];
}

/** One curve per `vary` path (PATH -> LO:MODE:HI), binned over LO..HI. */
export function curveTally(vary: Overrides, bins = CURVE_BINS): CurveTally {
  const axes: Axis[] = Object.entries(vary).flatMap(([path, spread]) => {
    const t = parseTriangle(String(spread));
    return t && t.hi > t.lo
      ? [{ path, lo: t.lo, hi: t.hi, runs: Array<number>(bins).fill(0), hits: Array<number>(bins).fill(0) }]
      : [];
  });
  const binOf = (axis: Axis, x: number) =>
    Math.min(bins - 1, Math.max(0, Math.floor(((x - axis.lo) / (axis.hi - axis.lo)) * bins)));
  return {
    add(record) {
      if (isError(record)) return;
      for (const axis of axes) {
        const x = record.inputs.drawn?.[axis.path];
        // No draw kept: uncertainty is off, every run used the stated value.
        if (x === undefined) continue;
        const b = binOf(axis, x);
        axis.runs[b]!++;
        if (record.result.text !== null) axis.hits[b]!++;
      }
    },
    charts: () =>
      axes
        .map((axis) => ({
          kind: 'curve' as const,
          parameter: axis.path,
          outcome: CURVE_OUTCOME,
          points: axis.runs.flatMap((n, b) =>
            n === 0 ? [] : [{ x: axis.lo + ((b + 0.5) * (axis.hi - axis.lo)) / bins, ...proportion(axis.hits[b]!, n) }],
          ),
        }))
        .filter((chart) => chart.points.length > 0),
  };
}
