// PRIM scenario discovery (Friedman & Fisher 1999, as in the EMA Workbench): the peeling
// trajectory over the runs, the box chosen from it, pasted. Pure and deterministic: the same data
// and options give the same boxes, whatever order the runs were read in is kept as given.
import { wilson } from '../stats.js';
import { boxStats, restrictions, type BoxStats, type PrimData, type Restriction } from './box.js';
import { paste } from './paste.js';
import { peelingTrajectory, type Step } from './peel.js';
import { dropInsignificant, quasiPValues } from './significance.js';

export interface PrimOptions {
  /** Share of the box's runs a peel removes or a paste adds: 0.05 as in the EMA Workbench. */
  alpha?: number;
  /** Smallest share of all runs a box keeps: 0.05 as in the EMA Workbench. */
  minMass?: number;
  /** Choose the widest box (highest coverage) whose density reaches this (default: see `choose`). */
  threshold?: number;
  /** Only boxes with at least this coverage are chosen (default 0 with a threshold, else 0.5). */
  minCoverage?: number;
}

export interface PrimStep extends BoxStats {
  restrictions: Restriction[];
}

/** The chosen box: each restriction with its quasi-p-value (significance.ts). */
export interface PrimBox extends BoxStats {
  restrictions: (Restriction & { quasiP: number })[];
}

export interface PrimResult {
  /** Runs with the outcome, of all runs. */
  hits: number;
  runs: number;
  trajectory: PrimStep[];
  /** The trajectory's step the chosen box was peeled to (before pasting); null when no box qualifies. */
  chosenStep: number | null;
  chosen: PrimBox | null;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_MIN_MASS = 0.05;
export const DEFAULT_MIN_COVERAGE = 0.5;

const describe = (data: PrimData, step: Step): PrimStep => ({
  ...step.stats,
  restrictions: restrictions(data, step.box),
});

/**
 * The step the options choose. With a threshold: the widest box (highest coverage) at least that
 * dense. Without: the widest box whose density is inside the 95% interval of the densest box's
 * (Wilson), since the last points of density on a noisy trajectory come from peeling noise and
 * buy restrictions on inputs that do nothing (as Breiman's one-standard-error rule avoids).
 */
function choose(steps: readonly Step[], options: PrimOptions): number | null {
  const minCoverage = options.minCoverage ?? (options.threshold === undefined ? DEFAULT_MIN_COVERAGE : 0);
  const eligible = steps
    .map((step, i) => ({ ...step.stats, i }))
    .filter((s) => s.hits > 0 && s.coverage >= minCoverage);
  if (eligible.length === 0) return null;
  let floor = options.threshold;
  if (floor === undefined) {
    const densest = eligible.reduce((a, b) => (b.density > a.density ? b : a));
    floor = wilson(densest.hits, densest.runs).lo;
  }
  const dense = eligible.filter((s) => s.density >= floor);
  // Coverage falls along the trajectory, so the widest is the first.
  return dense.length === 0 ? null : dense[0]!.i;
}

/** The peeled box without the restrictions noise explains, then pasted, with each restriction's quasi-p-value. */
function finish(data: PrimData, peeled: Step, alpha: number): PrimBox {
  const pruned = dropInsignificant(data, peeled.box);
  const pasted = paste(data, { box: pruned, stats: boxStats(data, pruned) }, alpha);
  const p = quasiPValues(data, pasted.box);
  const named = new Map([...p].map(([input, value]) => [data.inputs[input]!, value]));
  const kept = restrictions(data, pasted.box).map((r) => ({ ...r, quasiP: named.get(r.input) ?? 1 }));
  return { ...pasted.stats, restrictions: kept };
}

export function runPrim(data: PrimData, options: PrimOptions = {}): PrimResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const steps = peelingTrajectory(data, { alpha, minMass: options.minMass ?? DEFAULT_MIN_MASS });
  const chosenStep = choose(steps, options);
  const chosen = chosenStep === null ? null : finish(data, steps[chosenStep]!, alpha);
  return {
    hits: steps[0]!.stats.hits,
    runs: steps[0]!.stats.runs,
    trajectory: steps.map((step) => describe(data, step)),
    chosenStep,
    chosen,
  };
}
