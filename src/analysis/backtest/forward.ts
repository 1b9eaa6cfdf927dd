// The report's totals: each forecaster on each period and subset (the forward table), the model
// with and without the cases' own overrides, the test period's reliability, and split halves.
import { reliability, type ReliabilityBin } from '../stats.js';
import type { CaseReport } from './caseReport.js';
import { happened, score, totals, type Score, type Totals } from './score.js';
import { PERIODS, alternateHalves, type Period } from './split.js';

export const FORECASTERS = [
  'model',
  'calibrated',
  'alwaysJoint',
  'baseRate',
  'kindRate',
  'compromise',
  'outside',
] as const;
export type Forecaster = (typeof FORECASTERS)[number];

export const SUBSETS = ['all', 'contested', 'byRule', 'open'] as const;
export type Subset = (typeof SUBSETS)[number];

/** Which scored cases each subset holds (subsets.ts defines contested and decided-by-rule). */
export const inSubset: Record<Subset, (r: CaseReport) => boolean> = {
  all: () => true,
  contested: (r) => r.contested,
  byRule: (r) => r.decidedBy !== null,
  open: (r) => r.decidedBy === null,
};

/** A forecaster's score on a scored case; null for the outside rate when none was given. */
export function forecast(r: CaseReport, who: Forecaster): Score | null {
  return who === 'model' || who === 'calibrated' ? r[who] : r.baselines![who];
}

export type ForecasterTotals = Partial<Record<Forecaster, Totals>>;
export type ForwardTable = Record<Period, Record<Subset, ForecasterTotals>>;

export function totalsOf(scored: readonly CaseReport[]): ForecasterTotals {
  const out: ForecasterTotals = {};
  for (const who of FORECASTERS) {
    const scores = scored.map((r) => forecast(r, who));
    if (scores.every((s) => s !== null)) out[who] = totals(scores as Score[]);
  }
  return out;
}

export function forwardTable(scored: readonly CaseReport[]): ForwardTable {
  const table = {} as ForwardTable;
  for (const period of PERIODS) {
    const inPeriod = scored.filter((r) => r.period === period);
    table[period] = {} as Record<Subset, ForecasterTotals>;
    for (const subset of SUBSETS) table[period][subset] = totalsOf(inPeriod.filter(inSubset[subset]));
  }
  return table;
}

export interface OverrideComparison {
  /** Scored cases of the period that set stances of their own. */
  casesWithOverrides: number;
  withOverrides: Totals;
  withoutOverrides: Totals;
}

/** The model on every scored case of each period, with the cases' inline overrides and without. */
export function overrideComparison(scored: readonly CaseReport[]): Record<Period | 'all', OverrideComparison> {
  const compare = (cases: readonly CaseReport[]): OverrideComparison => ({
    casesWithOverrides: cases.filter((r) => r.caseOverrides.length > 0).length,
    withOverrides: totals(cases.map((r) => r.model!)),
    withoutOverrides: totals(cases.map((r) => r.modelWithoutOverrides!)),
  });
  return {
    all: compare(scored),
    train: compare(scored.filter((r) => r.period === 'train')),
    test: compare(scored.filter((r) => r.period === 'test')),
  };
}

/** The model's (or the calibrated model's) test forecasts in bins, against how often the event happened. */
export function testReliability(
  scored: readonly CaseReport[],
  who: 'model' | 'calibrated' = 'model',
): ReliabilityBin[] {
  return reliability(
    scored.filter((r) => r.period === 'test').map((r) => ({ p: r[who]!.p, happened: happened(r.real!, r.event) })),
  );
}

export interface HalfScore {
  ids: string[];
  model: Totals;
  baseRate: Totals;
  alwaysJoint: Totals;
}

/** The secondary check: alternate halves by date, each half's base rate from the other half. */
export function splitHalf(scored: readonly CaseReport[], runs: number): { A: HalfScore; B: HalfScore } {
  const halves = alternateHalves(scored);
  const rate = (cases: readonly CaseReport[]) =>
    cases.length ? cases.filter((r) => happened(r.real!, r.event)).length / cases.length : 0.5;
  const half = (mine: readonly CaseReport[], other: readonly CaseReport[]): HalfScore => {
    const otherRate = rate(other);
    return {
      ids: mine.map((r) => r.id),
      model: totals(mine.map((r) => r.model!)),
      alwaysJoint: totals(mine.map((r) => r.baselines!.alwaysJoint)),
      baseRate: totals(mine.map((r) => score(otherRate, runs, happened(r.real!, r.event)))),
    };
  };
  return { A: half(halves.A, halves.B), B: half(halves.B, halves.A) };
}
