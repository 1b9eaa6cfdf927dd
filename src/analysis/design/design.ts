// An experiment design as a sweep file's header records it, and its points: each point is a set
// of overrides (factor path -> value) that every run at that point gets. Deterministic for a seed.
import { createRng } from '../../engine/rng.js';
import type { Overrides } from '../../scenario/overrides.js';
import { factorialValues, factorValue, type Factor } from './factors.js';
import { fullFactorial } from './factorial.js';
import { latinHypercube } from './lhs.js';
import { saltelliPoints, saltelliSample } from './saltelli.js';

export const DESIGN_KINDS = ['factorial', 'lhs', 'sobol'] as const;
export type DesignKind = (typeof DESIGN_KINDS)[number];

export interface Design {
  kind: DesignKind;
  factors: Factor[];
  /** lhs: the number of points; sobol: the number of base samples N (N(k+2) points). */
  samples: number | null;
  /** factorial: values taken from each continuous factor's range. */
  levels: number | null;
  /** Runs at each point, on the seeds `SEED/0` .. `SEED/R-1`: every point meets the same luck. */
  runsPerPoint: number;
  /** How many points the design has (so a reader can check it without regenerating them). */
  points: number;
}

/** The design's points on the unit cube (factorial: level indices instead). */
function unitPoints(design: Omit<Design, 'points'>, seed: string): number[][] {
  // Its own stream, apart from the runs' seeds, so adding a factor never changes a run's luck.
  const rng = createRng(`${seed}/design`);
  const k = design.factors.length;
  if (design.kind === 'lhs') return latinHypercube(design.samples ?? 0, k, rng);
  if (design.kind === 'sobol') return saltelliSample(design.samples ?? 0, k, rng);
  return fullFactorial(design.factors.map((f) => factorialValues(f, design.levels ?? 2).length));
}

/** The overrides of each point, in point order. */
export function designPoints(design: Omit<Design, 'points'>, seed: string): Overrides[] {
  const valuesOf = design.factors.map((f) => factorialValues(f, design.levels ?? 2));
  return unitPoints(design, seed).map((point) =>
    Object.fromEntries(
      design.factors.map((factor, i) => [
        factor.path,
        design.kind === 'factorial' ? valuesOf[i]![point[i]!]! : factorValue(factor, point[i]!),
      ]),
    ),
  );
}

/** The number of points, without generating them. */
export function pointCount(design: Omit<Design, 'points'>): number {
  const k = design.factors.length;
  if (design.kind === 'lhs') return design.samples ?? 0;
  if (design.kind === 'sobol') return saltelliPoints(design.samples ?? 0, k);
  return design.factors.reduce((n, f) => n * factorialValues(f, design.levels ?? 2).length, 1);
}

/** The point a run belongs to, and its repetition there (which picks its seed). */
export const pointOf = (design: Pick<Design, 'runsPerPoint'>, run: number) => ({
  point: Math.floor(run / design.runsPerPoint),
  repetition: run % design.runsPerPoint,
});
