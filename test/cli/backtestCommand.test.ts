// `forum-sim backtest` and `run --inputs` through the command line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { temporaryRecord } from '../support/forwardRecord.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runMain } from './helpers.js';

const CASES = join(FIXTURES, 'cases');

describe('forum-sim backtest', () => {
  it('prints the per-case table, the unscorable cases with their reason, the totals and the three baselines', async () => {
    const r = await runMain(['backtest', CASES, '--runs', '10', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^case-agree +2022-01-10 +test +joint +1\.00 \[/m);
    expect(r.out).toContain('case-unscorable (test/fixtures/cases/unscorable.yaml): needs a mechanism the model lacks');
    for (const label of [
      'model',
      'model, calibrated (T=1.00)',
      'always joint/adopted',
      'base rate (0.50)',
      'compromise baseline',
    ])
      expect(r.out).toMatch(new RegExp(`^  test +all +${label.replace(/[()./]/g, '\\$&')} +3 `, 'm'));
    expect(r.out).toContain('Split half');
    expect(r.out).toContain('(k + 1/2) / (n + 1)');
  });
  it('--json gives the report with the same seed the same whatever the workers', async () => {
    const one = await runMain(['backtest', CASES, '--runs', '30', '--seed', 's', '--workers', '1', '--json']);
    const two = await runMain(['backtest', CASES, '--runs', '30', '--seed', 's', '--workers', '2', '--json']);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const report = JSON.parse(one.out);
    expect(report.cases).toHaveLength(4);
    expect(Object.keys(report.totals).sort()).toEqual([
      'alwaysJoint',
      'baseRate',
      'calibrated',
      'compromise',
      'kindRate',
      'model',
    ]);
    // Every case is after 2019: no train case to fit on, so the calibrated forecast is the raw one.
    expect(report.calibration).toMatchObject({ temperature: 1, trainCases: 0, trainLogLoss: { raw: null } });
    expect(report.totals.calibrated).toEqual(report.totals.model);
  });
  it('bad input is exit 2 with one line per problem', async () => {
    expect((await runMain(['backtest', join(CASES, 'nope')])).code).toBe(2);
    const runs = await runMain(['backtest', CASES, '--runs', '0']);
    expect(runs.code).toBe(2);
    expect(runs.err).toContain('--runs expects a whole number');
  });
});

describe('forum-sim backtest: the forward split, the record rows, the options', () => {
  const dir = temporaryRecord();
  const record = join(mkdtempSync(join(tmpdir(), 'forum-sim-rows-')), 'rows.yaml');
  writeFileSync(
    record,
    'forums:\n  - {id: train-agree, date: 2015-05-01, outcome: joint}\n  - {id: lost-2019, date: 2019-01-01, outcome: none}\n  - {id: vague-2019, date: 2019-02-01, outcome: unknown}\n',
  );
  it('prints train then test, the forward table, both override scores and the rows not scored', async () => {
    const r = await runMain([
      'backtest',
      dir,
      '--runs',
      '4',
      '--workers',
      '1',
      '--record',
      record,
      '--base-rate',
      '0.8',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.indexOf('Train period (to 2019-12-31): 3 scored cases')).toBeLessThan(
      r.out.indexOf('Test period (after 2019-12-31): 3 scored cases'),
    );
    expect(r.out).toMatch(/^  test +all +forum kind's rate +3 /m);
    expect(r.out).toMatch(/^  test +all +outside rate \(0\.80\) +3 /m);
    expect(r.out).toMatch(/^  test +3 +1 +/m);
    expect(r.out).toContain(`lost-2019 (${relative(process.cwd(), record)}, 2019-01-01): no case file`);
    expect(r.out).toContain('vague-2019');
    expect(r.out).toContain('outcome unknown');
    expect(r.out).toMatch(/names no record row: test-alpha, test-gamma, test-own, train-beta, train-deadlock/);
  });
  it('--json carries the forward table, both override scores and the rows not scored, with relative paths', async () => {
    const r = await runMain(['backtest', dir, '--runs', '4', '--workers', '1', '--record', record, '--json']);
    const report = JSON.parse(r.out);
    expect(Object.keys(report.forward)).toEqual(['train', 'test']);
    expect(Object.keys(report.forward.test)).toEqual(['all', 'contested', 'byRule', 'open']);
    expect(report.overrides.all.casesWithOverrides).toBe(2);
    expect(report.notScored.map((row: { key: string }) => row.key)).toEqual(['lost-2019', 'vague-2019']);
    expect(report.cases[0].file).toBe(relative(process.cwd(), join(dir, 'test-alpha.yaml')));
    const stripped = JSON.parse(
      (await runMain(['backtest', dir, '--runs', '4', '--workers', '1', '--no-case-overrides', '--json'])).out,
    );
    expect(stripped.caseOverrides).toBe('stripped');
    expect(stripped.notScored).toBeNull();
  });
  it('refuses a bad --train-until, --base-rate or --record in one line, exit 2', async () => {
    for (const [option, value, message] of [
      ['--train-until', '2019-02-30', '--train-until expects a date YYYY-MM-DD, got "2019-02-30"'],
      ['--base-rate', '1.5', '--base-rate expects a probability from 0 to 1, got "1.5"'],
      ['--record', join(dir, 'test-alpha.yaml'), 'expected a record file with a `forums` list or a `votes` map'],
    ]) {
      const r = await runMain(['backtest', dir, '--runs', '1', option!, value!]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).not.toContain('    at ');
    }
  });
});

describe('forum-sim run --inputs', () => {
  it('replays a recorded run byte for byte', async () => {
    const original = await runMain(['run', 'arf-2022', '--seed', '42', '--set', 'KHM.patience=0.2:0.5:0.9', '--json']);
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-'));
    const file = join(dir, 'run.json');
    writeFileSync(file, original.out);
    const replay = await runMain(['run', 'arf-2022', '--inputs', file, '--json']);
    expect(replay.code).toBe(0);
    expect(replay.out).toBe(original.out);
  });
  it('refuses to mix a replay with --seed, and a run recorded on another scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-'));
    const file = join(dir, 'run.json');
    writeFileSync(file, (await runMain(['run', 'amm-2022', '--json'])).out);
    expect((await runMain(['run', 'arf-2022', '--inputs', file, '--seed', '2'])).code).toBe(2);
    const other = await runMain(['run', 'arf-2022', '--inputs', file]);
    expect(other.code).toBe(2);
    expect(other.err).toContain('recorded on amm-2022, not arf-2022');
  });
});
