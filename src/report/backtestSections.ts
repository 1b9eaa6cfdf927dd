// The backtest's reliability diagrams: the model's forecasts on the test period, raw and calibrated,
// against how often the forecast outcome happened.
import { createHash } from 'node:crypto';
import type { BacktestReport } from '../analysis/backtest.js';
import type { ReliabilityBin } from '../analysis/stats.js';
import type { Chart, ReportSection, ReportStamp } from './types.js';

/** One hash for a set of cases: of their scenario hashes, sorted, so the order they load in does not matter. */
export function casesHash(hashes: readonly string[]): string {
  return createHash('sha256')
    .update([...hashes].sort().join('\n'))
    .digest('hex');
}

const chartOf = (bins: readonly ReliabilityBin[]): Chart => ({
  kind: 'reliability',
  bins: bins.flatMap((b) =>
    b.cases > 0 && b.meanForecast !== null && b.observed !== null
      ? [{ predicted: b.meanForecast, observed: b.observed, n: b.cases }]
      : [],
  ),
});

export function backtestSections(report: BacktestReport, stamp: ReportStamp): ReportSection[] {
  const period = `the test period (after ${report.trainUntil})`;
  return [
    {
      title: 'Reliability of the model on the record',
      text: `The model's forecasts on ${period}, in bins, against how often the forecast happened; calibrated forecasts lie on the diagonal.`,
      chart: chartOf(report.reliability),
      stamp,
    },
    {
      title: 'Reliability of the calibrated model',
      text: `The same forecasts tempered by the calibration fitted on the train period.`,
      chart: chartOf(report.calibratedReliability),
      stamp,
    },
  ];
}
