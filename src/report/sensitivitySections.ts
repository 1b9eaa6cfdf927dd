// The one-at-a-time sensitivity as a tornado chart. A swing is marked as noise when the intervals of
// both its ends overlap the base's: the runs cannot tell either end from the base.
import type { Estimate, SensitivityReport, Swing } from '../analysis/sensitivity.js';
import type { ReportSection, ReportStamp } from './types.js';

const overlaps = (a: Estimate, b: Estimate) => a.lo <= b.hi && b.lo <= a.hi;

export function withinNoise(swing: Swing, baseline: Estimate): boolean {
  return overlaps(swing.low.estimate, baseline) && overlaps(swing.high.estimate, baseline);
}

/** The `top` largest swings (the report's ranking), noise marked. */
export function sensitivitySections(report: SensitivityReport, stamp: ReportStamp, top: number): ReportSection[] {
  const shown = report.swings.slice(0, top);
  const rows = shown.map((s) => ({
    parameter: s.path,
    low: s.low.estimate.p,
    high: s.high.estimate.p,
    noise: withinNoise(s, report.baseline),
  }));
  const noise = rows.filter((row) => row.noise).length;
  const more = report.swings.length > top ? ` (the ${top} largest of ${report.swings.length})` : '';
  return [
    {
      title: `Sensitivity of P(${report.outcome}) in ${stamp.scenario}`,
      text:
        `P(${report.outcome}) with each parameter held at the low and at the high end of its range${more}, ` +
        `${report.runs} runs per setting on common seeds; the black tick is the low end, the dashed line P at the base. ` +
        `${noise} of ${shown.length} swings are within noise (grey): the 95% intervals of both ends overlap the base's.`,
      chart: { kind: 'tornado', base: report.baseline.p, rows },
      stamp,
    },
  ];
}
