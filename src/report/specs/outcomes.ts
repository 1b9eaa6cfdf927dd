// Outcome bars: each outcome's share of the runs, with its 95% interval as an error bar.
import type { Chart } from '../types.js';
import { probability, WIDTH, type ChartBody } from './common.js';

export function outcomesSpec(chart: Extract<Chart, { kind: 'outcomes' }>): ChartBody {
  const x = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } } as const;
  return {
    width: WIDTH,
    height: 260,
    data: { values: chart.bars },
    layer: [
      {
        mark: { type: 'bar', color: '#4c78a8' },
        encoding: { x, y: { field: 'p', type: 'quantitative', ...probability('share of runs') } },
      },
      {
        mark: { type: 'errorbar', ticks: true, color: '#222' },
        encoding: { x, y: { field: 'lo', type: 'quantitative', title: 'share of runs' }, y2: { field: 'hi' } },
      },
    ],
  };
}
