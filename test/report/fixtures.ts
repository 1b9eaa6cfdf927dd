// One report section per chart kind, with made-up numbers, for the rendering tests.
import type { Chart, Report, ReportSection, ReportStamp } from '../../src/report/types.js';

export const STAMP: ReportStamp = {
  command: 'sweep',
  scenario: 'arf-2022',
  scenarioHash: 'caa6c1fe364d282bd63f3fb1dbbf991657d109518c9f7a17fbafa442503edda0',
  overrides: { 'USA.patience': '0.35', 'forum.level': 'ministers' },
  seed: '7',
  runs: 400,
  version: '0.1.0',
};

export const CHARTS: Record<Chart['kind'], Chart> = {
  outcomes: {
    kind: 'outcomes',
    bars: [
      { label: 'joint-statement', p: 0.2, lo: 0.16, hi: 0.24 },
      { label: 'chair-statement', p: 0.7, lo: 0.65, hi: 0.74 },
      { label: 'no-statement', p: 0.1, lo: 0.07, hi: 0.13 },
    ],
  },
  paired: {
    kind: 'paired',
    armA: 'baseline',
    armB: 'USA.rank=deputy',
    rows: [
      { label: 'joint-statement', a: 0.2, b: 0.3, diff: 0.1, lo: 0.05, hi: 0.15 },
      { label: 'chair-statement', a: 0.7, b: 0.6, diff: -0.1, lo: -0.16, hi: -0.04 },
    ],
  },
  tornado: {
    kind: 'tornado',
    base: 0.3,
    rows: [
      { parameter: 'USA.patience', low: 0.05, high: 0.6, noise: false },
      { parameter: 'CHN.patience', low: 0.2, high: 0.45, noise: false },
      { parameter: 'KHM.risk', low: 0.29, high: 0.31, noise: true },
    ],
  },
  sobol: {
    kind: 'sobol',
    rows: [
      { parameter: 'USA.patience', first: 0.4, firstLo: 0.3, firstHi: 0.5, total: 0.6, totalLo: 0.5, totalHi: 0.7 },
      { parameter: 'CHN.patience', first: 0.1, firstLo: 0.02, firstHi: 0.18, total: 0.3, totalLo: 0.2, totalHi: 0.4 },
    ],
  },
  prim: {
    kind: 'prim',
    trajectory: [
      { coverage: 1, density: 0.3, dimensions: 0 },
      { coverage: 0.9, density: 0.5, dimensions: 1 },
      { coverage: 0.75, density: 0.74, dimensions: 2 },
      { coverage: 0.4, density: 0.9, dimensions: 3 },
    ],
    chosen: { coverage: 0.75, density: 0.74, restrictions: ['USA.patience >= 0.4', 'CHN.patience >= 0.3'] },
  },
  reliability: {
    kind: 'reliability',
    bins: [
      { predicted: 0.1, observed: 0.12, n: 12 },
      { predicted: 0.5, observed: 0.4, n: 5 },
      { predicted: 0.85, observed: 0.9, n: 9 },
    ],
  },
  curve: {
    kind: 'curve',
    parameter: 'USA.patience',
    outcome: 'consensus text',
    points: [
      { x: 0.15, p: 0, lo: 0, hi: 0.1 },
      { x: 0.35, p: 0.23, lo: 0.15, hi: 0.33 },
      { x: 0.45, p: 0.74, lo: 0.64, hi: 0.82 },
      { x: 0.65, p: 0.8, lo: 0.71, hi: 0.87 },
    ],
  },
};

export const section = (chart: Chart): ReportSection => ({
  title: `A ${chart.kind} chart`,
  text: `What the ${chart.kind} chart shows.`,
  chart,
  stamp: STAMP,
});

export const REPORT: Report = { title: 'Every chart kind', sections: Object.values(CHARTS).map(section) };
