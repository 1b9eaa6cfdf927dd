// The backtest on a temporary record spanning a train and a test period: the baselines learn from
// the train cases only, the forward table splits the periods, and a case's own stances can be
// stripped (and are compared by default) with the same seeds.
import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/analysis/backtest.js';
import { caseFiles, loadCases } from '../../../src/cli/backtestCommand.js';
import { temporaryRecord } from '../../support/forwardRecord.js';

describe('the forward backtest', async () => {
  const cases = loadCases(caseFiles([temporaryRecord()]));
  const report = await backtest(cases, 10, '3', { workers: 1 }, {}, { outsideRate: 0.9 });
  const byId = (id: string) => report.cases.find((c) => c.id === id)!;

  it('splits the cases at the default date, 2019-12-31', () => {
    expect(report.trainUntil).toBe('2019-12-31');
    expect(report.cases.filter((c) => c.period === 'train').map((c) => c.id)).toEqual([
      'train-agree',
      'train-beta',
      'train-deadlock',
    ]);
    expect(report.forward.train.all.model!.cases).toBe(3);
    expect(report.forward.test.all.model!.cases).toBe(3);
  });
  it('learns the rates from the train period only, and falls back to the overall rate for an unseen kind', () => {
    expect(report.trained.overall).toBeCloseTo(2 / 3);
    expect(byId('test-alpha').baselines!.kindRate.p).toBeCloseTo(1.5 / 3);
    expect(byId('test-own').baselines!.kindRate.p).toBeCloseTo(1.5 / 2);
    expect(byId('test-gamma').baselines!.kindRate.p).toBeCloseTo(2 / 3);
    expect(byId('test-gamma').baselines!.baseRate.p).toBeCloseTo(2 / 3);
    expect(byId('test-gamma').baselines!.outside!.p).toBe(0.9);
    expect(report.forward.test.all.outside!.cases).toBe(3);
  });
  it('fits the calibrated forecast on the train cases and scores it on every period like the model', () => {
    expect(report.calibration.trainCases).toBe(3);
    expect(report.calibration.trainLogLoss.calibrated).toBeLessThanOrEqual(report.calibration.trainLogLoss.raw!);
    expect(report.calibration.trainLogLoss.raw).toBeCloseTo(report.forward.train.all.model!.logLoss!, 12);
    expect(report.calibration.trainLogLoss.calibrated).toBeCloseTo(report.forward.train.all.calibrated!.logLoss!, 12);
    for (const c of report.cases.filter((r) => r.model)) expect(c.calibrated!.hit).toBe(c.model!.hit);
    expect(report.forward.test.all.calibrated).toMatchObject({
      cases: 3,
      accuracy: report.forward.test.all.model!.accuracy,
    });
    expect(report.calibratedReliability.reduce((n, b) => n + b.cases, 0)).toBe(3);
  });
  it('scores a case with and without its own stances, reusing the runs of a case that has none', () => {
    expect(byId('test-own').caseOverrides).toEqual(['AAA']);
    expect(byId('test-own').model!.p).toBe(0);
    expect(byId('test-own').modelWithoutOverrides!.p).toBe(1);
    expect(byId('test-alpha').modelWithoutOverrides).toEqual(byId('test-alpha').model);
    expect(report.overrides.test).toMatchObject({ casesWithOverrides: 1 });
    expect(report.overrides.test.withOverrides.meanBrier).toBeLessThan(
      report.overrides.test.withoutOverrides.meanBrier!,
    );
  });
  it('--no-case-overrides scores every case without them', async () => {
    const stripped = await backtest(cases, 10, '3', { workers: 1 }, {}, { stripCaseOverrides: true });
    expect(stripped.caseOverrides).toBe('stripped');
    const own = stripped.cases.find((c) => c.id === 'test-own')!;
    expect(own.model!.p).toBe(1);
    expect(own.modelWithoutOverrides).toEqual(own.model);
  });
  it('moves cases between periods with --train-until, and the rates with them', async () => {
    const later = await backtest(cases, 5, '3', { workers: 1 }, {}, { trainUntil: '2021-05-31' });
    expect(later.cases.find((c) => c.id === 'test-alpha')!.period).toBe('train');
    expect(later.trained.cases).toBe(4);
    expect(later.trained.byKind.alpha).toMatchObject({ cases: 3, events: 2 });
  });
});
