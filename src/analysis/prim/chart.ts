// PRIM's result as the report's `prim` chart (src/report/types.ts), stamped with the sweep it came from.
import type { Chart, ReportSection } from '../../report/types.js';
import type { SweepHeader } from '../sweepLine.js';
import { restrictionText } from './box.js';
import type { PrimResult } from './prim.js';

export type PrimChart = Extract<Chart, { kind: 'prim' }>;

/** Null when no box was chosen: a chart of a box that is not there would mislead. */
export function primChart(result: PrimResult): PrimChart | null {
  if (!result.chosen) return null;
  return {
    kind: 'prim',
    trajectory: result.trajectory.map((step) => ({
      coverage: step.coverage,
      density: step.density,
      dimensions: step.restrictions.length,
    })),
    chosen: {
      coverage: result.chosen.coverage,
      density: result.chosen.density,
      restrictions: result.chosen.restrictions.map(restrictionText),
    },
  };
}

/** The sentence a report prints under the chart, and `prim` prints as its answer. */
export function boxSentence(result: PrimResult, event: string): string {
  if (!result.chosen) return `no box found for ${event}`;
  const { density, restrictions } = result.chosen;
  const where = restrictions.length === 0 ? 'over all runs' : `when ${restrictions.map(restrictionText).join(' and ')}`;
  return `P(${event}) = ${density.toFixed(2)} ${where}`;
}

export function primSection(header: SweepHeader, result: PrimResult, event: string): ReportSection | null {
  const chart = primChart(result);
  if (!chart) return null;
  const { scenario, scenarioHash, seed, version } = header;
  return {
    title: `Scenario discovery (PRIM): where ${event} is likely`,
    text: `${boxSentence(result, event)}; coverage ${result.chosen!.coverage.toFixed(2)}, over ${result.runs} runs.`,
    chart,
    stamp: {
      command: 'prim',
      scenario,
      scenarioHash,
      overrides: { ...header.overrides, ...header.vary },
      seed,
      runs: result.runs,
      version,
    },
  };
}
