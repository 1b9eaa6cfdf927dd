// Paired what-if: for each outcome, the difference B - A in its share with the 95% interval, and a
// line at zero so that an interval crossing it reads as "no clear difference".
import type { Chart } from '../types.js';
import { rowHeight, WIDTH, type ChartBody } from './common.js';

export function pairedSpec(chart: Extract<Chart, { kind: 'paired' }>): ChartBody {
  const values = chart.rows.map((row) => ({
    ...row,
    shares: `${(100 * row.a).toFixed(1)}% → ${(100 * row.b).toFixed(1)}%`,
  }));
  const y = { field: 'label', type: 'nominal', sort: null, title: null } as const;
  const x = {
    type: 'quantitative' as const,
    title: `${chart.armB} − ${chart.armA} (share of runs)`,
    axis: { format: '+.0%' },
  };
  return {
    width: WIDTH,
    height: rowHeight(chart.rows.length),
    data: { values },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: '#888' },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
      {
        mark: { type: 'errorbar', ticks: true, color: '#222' },
        encoding: { y, x: { field: 'lo', ...x }, x2: { field: 'hi' } },
      },
      {
        mark: { type: 'point', filled: true, size: 70, color: '#e45756' },
        encoding: { y, x: { field: 'diff', ...x } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 6, dy: -9, fontSize: 10, color: '#555' },
        encoding: { y, x: { field: 'diff', ...x }, text: { field: 'shares' } },
      },
    ],
  };
}
