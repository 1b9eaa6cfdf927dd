// Reliability diagram: in each bin of forecasts, the mean forecast against how often the event
// happened; points on the diagonal are calibrated; each point says how many cases it holds.
import type { Chart } from '../types.js';
import { probability, type ChartBody } from './common.js';

const SIDE = 340;

export function reliabilitySpec(chart: Extract<Chart, { kind: 'reliability' }>): ChartBody {
  const axis = (title: string) => ({ type: 'quantitative' as const, ...probability(title) });
  const values = chart.bins.map((bin) => ({ ...bin, label: `n=${bin.n}` }));
  const x = { field: 'predicted', ...axis('forecast probability (bin mean)') };
  const y = { field: 'observed', ...axis('observed frequency') };
  return {
    width: SIDE,
    height: SIDE,
    layer: [
      {
        data: { values: [{ from: 0, to: 1 }] },
        mark: { type: 'rule', color: '#888', strokeDash: [4, 3] },
        encoding: {
          x: { field: 'from', ...axis('forecast probability (bin mean)') },
          y: { field: 'from', ...axis('observed frequency') },
          x2: { field: 'to' },
          y2: { field: 'to' },
        },
      },
      {
        data: { values },
        layer: [
          {
            mark: { type: 'point', filled: true, color: '#4c78a8' },
            encoding: { x, y, size: { field: 'n', type: 'quantitative', title: 'cases', scale: { range: [40, 400] } } },
          },
          {
            mark: { type: 'text', align: 'left', dx: 9, dy: -8, fontSize: 10 },
            encoding: { x, y, text: { field: 'label' } },
          },
        ],
      },
    ],
  };
}
