// A sobol analysis as the report's chart data (src/report/types.ts), stamped with its inputs.
import type { Chart, ReportSection } from '../../report/types.js';
import type { SobolAnalysis } from './sobolFile.js';

export type SobolChart = Extract<Chart, { kind: 'sobol' }>;

export function sobolChart(analysis: SobolAnalysis): SobolChart {
  return { kind: 'sobol', rows: analysis.rows.map((row) => ({ ...row })) };
}

/** The chart with its stamp and a sentence saying what it shows. */
export function sobolSection(analysis: SobolAnalysis): ReportSection {
  const { header } = analysis;
  return {
    title: `Sobol indices of P(${analysis.outcome})`,
    text: `First-order and total Sobol indices of P(${analysis.outcome}) at a point (${header.design?.runsPerPoint ?? 0} runs each) over ${analysis.usedRows} base samples, with 95% bootstrap intervals.`,
    chart: sobolChart(analysis),
    stamp: {
      command: 'sobol',
      scenario: header.scenario,
      scenarioHash: header.scenarioHash,
      overrides: header.overrides,
      seed: header.seed,
      runs: analysis.runs,
      version: header.version,
    },
  };
}
