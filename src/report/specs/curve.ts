// P of an outcome against a varied parameter: the estimate per bin of the parameter's values as a
// line, its 95% interval as a band around it.
import type { Chart } from '../types.js';
import { probability, WIDTH, type ChartBody } from './common.js';

export function curveSpec(chart: Extract<Chart, { kind: 'curve' }>): ChartBody {
  const x = { field: 'x', type: 'quantitative', title: chart.parameter, scale: { zero: false } } as const;
  return {
    width: WIDTH,
    height: 260,
    data: { values: chart.points },
    layer: [
      {
        mark: { type: 'area', opacity: 0.25, color: '#4c78a8' },
        encoding: {
          x,
          y: { field: 'lo', type: 'quantitative', ...probability(`P(${chart.outcome})`) },
          y2: { field: 'hi' },
        },
      },
      {
        mark: { type: 'line', point: true, color: '#4c78a8' },
        encoding: { x, y: { field: 'p', type: 'quantitative' } },
      },
    ],
  };
}
