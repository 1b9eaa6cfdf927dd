// A report section as one Vega-Lite spec: its chart kind's marks under the section's title, with the
// stamp as the subtitle, so the picture carries what produced it.
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBody } from './specs/common.js';
import { curveSpec } from './specs/curve.js';
import { outcomesSpec } from './specs/outcomes.js';
import { pairedSpec } from './specs/paired.js';
import { primSpec } from './specs/prim.js';
import { reliabilitySpec } from './specs/reliability.js';
import { sobolSpec } from './specs/sobol.js';
import { tornadoSpec } from './specs/tornado.js';
import { stampLines } from './stamp.js';
import type { Chart, ReportSection } from './types.js';

export function chartBody(chart: Chart): ChartBody {
  switch (chart.kind) {
    case 'outcomes':
      return outcomesSpec(chart);
    case 'paired':
      return pairedSpec(chart);
    case 'tornado':
      return tornadoSpec(chart);
    case 'sobol':
      return sobolSpec(chart);
    case 'prim':
      return primSpec(chart);
    case 'reliability':
      return reliabilitySpec(chart);
    case 'curve':
      return curveSpec(chart);
  }
}

export function sectionSpec(section: ReportSection): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chartBody(section.chart),
    title: {
      text: section.title,
      subtitle: stampLines(section.stamp),
      anchor: 'start',
      subtitleColor: '#555',
      subtitleFontSize: 10,
    },
    background: 'white',
    padding: 12,
    config: { font: 'DejaVu Sans, Arial, sans-serif' },
  } as TopLevelSpec;
}
