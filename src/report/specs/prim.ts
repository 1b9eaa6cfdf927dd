// PRIM's peeling trajectory: each box's coverage (share of the cases of interest it holds) against
// its density (share of its runs that are cases), the chosen box ringed and its restrictions written.
import type { Chart } from '../types.js';
import { probability, WIDTH, type ChartBody } from './common.js';

export function primSpec(chart: Extract<Chart, { kind: 'prim' }>): ChartBody {
  const axis = (title: string) => ({ type: 'quantitative' as const, ...probability(title) });
  const x = { field: 'coverage', ...axis('coverage') };
  const y = { field: 'density', ...axis('density') };
  const chosen = { ...chart.chosen, label: chart.chosen.restrictions.join('\n') || '(whole space)' };
  return {
    width: WIDTH,
    height: 320,
    layer: [
      {
        data: { values: chart.trajectory },
        mark: { type: 'line', point: true, color: '#4c78a8' },
        encoding: { x, y, order: { field: 'coverage', sort: 'descending' }, tooltip: [{ field: 'dimensions' }] },
      },
      {
        data: { values: [chosen] },
        layer: [
          { mark: { type: 'point', size: 260, strokeWidth: 2.5, color: '#e45756' }, encoding: { x, y } },
          {
            mark: { type: 'text', lineBreak: '\n', align: 'left', baseline: 'top', dx: 10, dy: 8, fontSize: 11 },
            encoding: { x, y, text: { field: 'label' } },
          },
        ],
      },
    ],
  };
}
