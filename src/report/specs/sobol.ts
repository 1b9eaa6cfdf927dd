// Sobol indices: each parameter's first-order and total index as bars side by side, with their
// bootstrap intervals; total well above first means the parameter acts through interactions.
import type { Chart } from '../types.js';
import { rowHeight, WIDTH, type ChartBody } from './common.js';

export function sobolSpec(chart: Extract<Chart, { kind: 'sobol' }>): ChartBody {
  const values = chart.rows.flatMap((row) => [
    { parameter: row.parameter, index: 'first order', value: row.first, lo: row.firstLo, hi: row.firstHi },
    { parameter: row.parameter, index: 'total', value: row.total, lo: row.totalLo, hi: row.totalHi },
  ]);
  const y = { field: 'parameter', type: 'nominal', sort: null, title: null } as const;
  const yOffset = { field: 'index', type: 'nominal' as const, sort: ['first order', 'total'] };
  const x = { type: 'quantitative' as const, title: 'Sobol index', scale: { domain: [0, 1], clamp: true } };
  return {
    width: WIDTH,
    height: rowHeight(2 * chart.rows.length),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset,
          x: { field: 'value', ...x },
          color: { field: 'index', type: 'nominal', title: null, scale: { range: ['#4c78a8', '#f58518'] } },
        },
      },
      {
        mark: { type: 'errorbar', ticks: true, color: '#222' },
        encoding: { y, yOffset, x: { field: 'lo', ...x }, x2: { field: 'hi' } },
      },
    ],
  };
}
