// The backtest on a small folder of cases whose outcomes the model cannot miss.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/analysis/backtest.js';
import { caseFiles, loadCases } from '../../src/cli/backtestCommand.js';

const CASES = join(import.meta.dirname, '../fixtures/cases');

describe('backtest', async () => {
  const cases = loadCases(caseFiles([CASES]));
  const report = await backtest(cases, 20, '7', { workers: 1 });
  const byId = (id: string) => report.cases.find((c) => c.id === id)!;

  it('scores every case with a real outcome and lists the unscorable one with its reason', () => {
    expect(report.cases.map((c) => c.id).sort()).toEqual([
      'case-agree',
      'case-deadlock',
      'case-unscorable',
      'case-vote',
    ]);
    expect(byId('case-unscorable')).toMatchObject({ model: null, unscorable: 'needs a mechanism the model lacks' });
    expect(report.totals.model!.cases).toBe(3);
  });
  it('gives certain outcomes probability 1 or 0, and scores them as hits with Brier 0', () => {
    expect(byId('case-agree').model).toMatchObject({ p: 1, hit: true, brier: 0 });
    expect(byId('case-deadlock').model).toMatchObject({ p: 0, hit: true, brier: 0 });
    expect(byId('case-agree').outcomes['joint-statement']!.runs).toBe(20);
    expect(report.totals.model!).toMatchObject({ accuracy: 1, meanBrier: 0 });
  });
  it('scores the baselines: always-joint misses the deadlock', () => {
    expect(byId('case-deadlock').baselines!.alwaysJoint).toMatchObject({ p: 1, hit: false, brier: 1 });
    expect(report.totals.alwaysJoint!.accuracy).toBeCloseTo(2 / 3);
    expect(report.trained.cases).toBe(0); // every fixture is dated after the default split
  });
  it('scores votes per delegation and the Ukraine wording of a joint text', () => {
    const vote = byId('case-vote');
    expect(vote.outcomes.adopted?.p).toBe(1);
    expect(vote.votes!.detail.AAA!.modal).toBe('no');
    expect(vote.votes!.detail.BBB!.modal).toBe('yes');
    expect(byId('case-agree').ukraine).toMatchObject({ real: 'omit', modal: 'omit', match: true });
  });
  it('gives the same report on two workers as on one', async () => {
    const parallel = await backtest(cases, 20, '7', { workers: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(report));
  });
});
