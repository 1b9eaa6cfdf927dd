// A design's report: the sweep's outcome bars, and for a factorial or Latin hypercube design
// P(consensus text) against each numeric factor, the runs counted by the value their point gave
// it. Counts only, so memory stays flat and the order the runs arrive in does not matter.
import type { Design } from '../analysis/design/design.js';
import { isRange, type Factor } from '../analysis/design/factors.js';
import { isError, type SweepRecord } from '../analysis/sweepLine.js';
import type { SweepSummary } from '../analysis/sweepSummary.js';
import { proportion } from '../analysis/stats.js';
import { CURVE_BINS, CURVE_OUTCOME, type CurveTally } from './curveTally.js';
import { sweepSections } from './sweepSections.js';
import type { ReportSection } from './types.js';

interface Axis {
  path: string;
  /** The x of a run's value: the value itself for a few values, else its bin's middle. */
  xOf: (value: number) => number;
  /** x -> [runs, runs with a consensus text]. */
  counts: Map<number, [number, number]>;
}

/** A factor's axis, or null when its values are not numbers (levels such as `deputy`). */
function axisOf(factor: Factor, kind: Design['kind'], bins: number): Axis | null {
  const counts = new Map<number, [number, number]>();
  const exact = { path: factor.path, xOf: (x: number) => x, counts };
  if (!isRange(factor)) return factor.levels.every((level) => Number.isFinite(Number(level))) ? exact : null;
  const { lo, hi } = factor;
  // A factorial design's values are its few levels; a whole-number range may have as few.
  if (kind === 'factorial' || (factor.whole && Math.floor(hi) - Math.ceil(lo) + 1 <= bins)) return exact;
  const width = (hi - lo) / bins;
  const bin = (x: number) => Math.min(bins - 1, Math.max(0, Math.floor((x - lo) / width)));
  return { path: factor.path, xOf: (x) => lo + (bin(x) + 0.5) * width, counts };
}

/**
 * One curve per numeric factor of a factorial or lhs design; none for a sobol design, whose
 * points are two samples and their mixtures rather than one spread over the ranges. A factorial
 * design's curves are at its levels; an lhs design's in ten bins across each range.
 */
export function designCurveTally(design: Design, bins = CURVE_BINS): CurveTally {
  const axes =
    design.kind === 'sobol'
      ? []
      : design.factors.flatMap((factor) => {
          const axis = axisOf(factor, design.kind, bins);
          return axis ? [axis] : [];
        });
  return {
    add(record: SweepRecord) {
      if (isError(record)) return;
      for (const axis of axes) {
        const value = Number(record.inputs.overrides[axis.path]);
        if (!Number.isFinite(value)) continue;
        const x = axis.xOf(value);
        const count = axis.counts.get(x) ?? [0, 0];
        count[0]++;
        if (record.result.text !== null) count[1]++;
        axis.counts.set(x, count);
      }
    },
    charts: () =>
      axes
        .filter((axis) => axis.counts.size > 0)
        .map((axis) => ({
          kind: 'curve' as const,
          parameter: axis.path,
          outcome: CURVE_OUTCOME,
          points: [...axis.counts.entries()]
            .sort(([a], [b]) => a - b)
            .map(([x, [runs, hits]]) => ({ x, ...proportion(hits, runs) })),
        })),
  };
}

/** The sweep's sections restamped as the design's: its factors among the overrides, their curves' text. */
export function designSections(summary: SweepSummary, design: Design, tally: CurveTally): ReportSection[] {
  const factors = Object.fromEntries(design.factors.map((f) => [f.path, `${factorText(f)} (${design.kind} factor)`]));
  return sweepSections(summary, tally.charts()).map((section) => ({
    ...section,
    title:
      section.chart.kind === 'outcomes' ? `Outcomes of a ${design.kind} design on ${summary.scenario}` : section.title,
    text:
      section.chart.kind === 'curve'
        ? `Runs grouped by the factor's value at their point (${design.kind === 'factorial' ? 'its levels' : 'ten bins across its range'}), ` +
          'the other factors varying with the design; the band is the 95% Wilson interval of each group.'
        : section.text,
    stamp: { ...section.stamp, command: 'design', overrides: { ...section.stamp.overrides, ...factors } },
  }));
}

const factorText = (factor: Factor) => (isRange(factor) ? `${factor.lo}..${factor.hi}` : factor.levels.join(','));
