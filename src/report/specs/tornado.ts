// Tornado: P with each parameter at the low and at the high end of its range, a bar between the two,
// grey where the swing is within the Monte Carlo noise; the line is P at the base.
import type { Chart } from '../types.js';
import { probability, rowHeight, WIDTH, type ChartBody } from './common.js';

export function tornadoSpec(chart: Extract<Chart, { kind: 'tornado' }>): ChartBody {
  const values = chart.rows.map((row) => ({
    ...row,
    from: Math.min(row.low, row.high),
    to: Math.max(row.low, row.high),
    swing: row.noise ? 'within noise' : 'moves P',
  }));
  const y = { field: 'parameter', type: 'nominal', sort: null, title: null } as const;
  const color = {
    field: 'swing',
    type: 'nominal',
    title: null,
    scale: { domain: ['moves P', 'within noise'], range: ['#4c78a8', '#c7c7c7'] },
  } as const;
  return {
    width: WIDTH,
    height: rowHeight(chart.rows.length),
    data: { values },
    layer: [
      {
        mark: { type: 'bar', minBandSize: 2 } as const,
        encoding: {
          y,
          x: { field: 'from', type: 'quantitative', ...probability('P at the low end ↔ high end') },
          x2: { field: 'to' },
          color,
        },
      },
      {
        mark: { type: 'tick', color: '#222', thickness: 2 },
        encoding: { y, x: { field: 'low', type: 'quantitative' } },
      },
      {
        data: { values: [{ base: chart.base }] },
        mark: { type: 'rule', color: '#e45756', strokeDash: [4, 3] },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  };
}
