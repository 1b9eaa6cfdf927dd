// The backtest's totals as tables: the forward table (period x subset x forecaster), the model with
// and without the cases' own stances, the test period's reliability and the split halves.
import type { BacktestReport, Totals } from '../analysis/backtest.js';
import { FORECASTERS, SUBSETS, type Forecaster, type Subset } from '../analysis/backtest/forward.js';
import { PERIODS } from '../analysis/backtest/split.js';
import { textTable } from '../present/lines.js';

export const f2 = (x: number | null) => (x === null ? '-' : x.toFixed(2));
export const f3 = (x: number | null) => (x === null ? '-' : x.toFixed(3));
export const pct = (x: number | null) => (x === null ? '-' : `${Math.round(100 * x)}%`);
export const indented = (rows: string[][]) => textTable(rows).map((line) => `  ${line}`);

/** The heading the README's generated block selects the forward table by. */
export const FORWARD_HEADING = 'Forward table';

const SUBSET_LABEL: Record<Subset, string> = {
  all: 'all',
  contested: 'contested',
  byRule: 'by rule',
  open: 'not by rule',
};

function forecasterLabel(who: Forecaster, report: BacktestReport): string {
  switch (who) {
    case 'model':
      return 'model';
    case 'calibrated':
      return `model, calibrated (T=${f2(report.calibration.temperature)})`;
    case 'alwaysJoint':
      return 'always joint/adopted';
    case 'baseRate':
      return `base rate (${f2(report.trained.overall)})`;
    case 'kindRate':
      return "forum kind's rate";
    case 'compromise':
      return 'compromise baseline';
    case 'outside':
      return `outside rate (${f2(report.outsideRate)})`;
  }
}

const scores = (t: Totals) => [String(t.cases), f3(t.meanBrier), f3(t.logLoss), pct(t.accuracy)];

export function forwardLines(report: BacktestReport): string[] {
  const rows: string[][] = [['PERIOD', 'SUBSET', 'FORECASTER', 'CASES', 'BRIER', 'LOG LOSS', 'ACCURACY']];
  for (const period of PERIODS)
    for (const subset of SUBSETS) {
      const totals = report.forward[period][subset];
      for (const who of FORECASTERS) {
        const t = totals[who];
        if (t && t.cases > 0) rows.push([period, SUBSET_LABEL[subset], forecasterLabel(who, report), ...scores(t)]);
      }
      if (!totals.model?.cases) rows.push([period, SUBSET_LABEL[subset], '(no cases)', '0', '-', '-', '-']);
    }
  return [
    `${FORWARD_HEADING} (train: cases dated to ${report.trainUntil}; test: later; baselines learnt from the ${report.trained.cases} train cases):`,
    ...indented(rows),
  ];
}

export function overrideLines(report: BacktestReport): string[] {
  if (report.caseOverrides === 'stripped')
    return ["The cases' own stances (inline profile overrides) were stripped everywhere (--no-case-overrides)."];
  const rows: string[][] = [
    ['PERIOD', 'CASES', 'OWN STANCES', 'WITH: BRIER', 'LOG LOSS', 'ACCURACY', 'WITHOUT: BRIER', 'LOG LOSS', 'ACCURACY'],
  ];
  for (const period of [...PERIODS, 'all'] as const) {
    const c = report.overrides[period];
    const [cases, ...withScores] = scores(c.withOverrides);
    rows.push([period, cases!, String(c.casesWithOverrides), ...withScores, ...scores(c.withoutOverrides).slice(1)]);
  }
  return [
    "The model with the cases' own stances (inline profile overrides) and without them (--no-case-overrides):",
    ...indented(rows),
  ];
}

/** The model's test forecasts in bins, then the calibrated model's, each against how often the event happened. */
export function reliabilityLines(report: BacktestReport): string[] {
  const t = report.calibration;
  return [
    'Reliability on the test period (model forecasts in bins against how often the event happened):',
    ...binLines(report.reliability),
    '',
    `Reliability of the calibrated model on the test period (T=${f2(t.temperature)}, fitted on the ${t.trainCases} train cases: train log loss ${f3(t.trainLogLoss.raw)} raw, ${f3(t.trainLogLoss.calibrated)} calibrated):`,
    ...binLines(report.calibratedReliability),
  ];
}

function binLines(bins: BacktestReport['reliability']): string[] {
  return indented([
    ['FORECAST', 'CASES', 'MEAN FORECAST', 'OBSERVED'],
    ...bins.map((b) => [`${f2(b.from)}-${f2(b.to)}`, String(b.cases), f2(b.meanForecast), f2(b.observed)]),
  ]);
}

export function splitHalfLines(report: BacktestReport): string[] {
  return [
    'Split half, a secondary check (scored cases alternately by date; the base rate comes from the other half):',
    ...Object.entries(report.splitHalf).map(
      ([name, half]) =>
        `  ${name} (${half.model.cases} cases): model Brier ${f3(half.model.meanBrier)}, base rate ${f3(half.baseRate.meanBrier)}, always joint ${f3(half.alwaysJoint.meanBrier)}; model accuracy ${pct(half.model.accuracy)}`,
    ),
  ];
}
