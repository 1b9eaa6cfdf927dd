// A sweep's report: its outcome shares as bars, and P(consensus text) against each --vary parameter.
import type { SweepSummary } from '../analysis/sweepSummary.js';
import type { Chart, ReportSection, ReportStamp } from './types.js';

const percent = (p: number) => `${(100 * p).toFixed(1)}%`;

export function sweepStamp(summary: SweepSummary): ReportStamp {
  const vary = Object.fromEntries(Object.entries(summary.vary).map(([path, spread]) => [path, `${spread} (varied)`]));
  return {
    command: 'sweep',
    scenario: summary.scenario,
    scenarioHash: summary.scenarioHash,
    overrides: { ...summary.overrides, ...vary },
    seed: summary.seed,
    runs: summary.runs,
    version: summary.version,
  };
}

export function sweepSections(summary: SweepSummary, curves: readonly Chart[] = []): ReportSection[] {
  const stamp = sweepStamp(summary);
  const finished = summary.completed - summary.errors;
  const text = summary.consensusText;
  const outcomes: ReportSection = {
    title: `Outcomes of ${summary.scenario}`,
    text:
      `Each outcome's share of the ${finished} runs that finished, with its 95% Wilson interval. ` +
      `The last bar, consensus text, counts the runs that adopted a text whatever the product ` +
      `(${percent(text.p)}, ${percent(text.lo)} to ${percent(text.hi)}), so it overlaps the others.`,
    chart: {
      kind: 'outcomes',
      bars: [
        ...summary.outcomes.map((o) => ({ label: o.outcome, p: o.p, lo: o.lo, hi: o.hi })),
        { label: 'consensus text', p: text.p, lo: text.lo, hi: text.hi },
      ],
    },
    stamp,
  };
  const curveSections = curves.map((chart): ReportSection => ({
    title: chart.kind === 'curve' ? `P(consensus text) against ${chart.parameter}` : 'P against a parameter',
    text: 'Runs binned by the value each drew of the varied parameter; the band is the 95% Wilson interval of each bin.',
    chart,
    stamp,
  }));
  return [outcomes, ...curveSections];
}
