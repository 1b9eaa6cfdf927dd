// --report DIR on sweep, sensitivity and backtest: the charts each command draws, stamped with its
// inputs; a folder of the user's refused before any run (exit 2); a folder that cannot be made, 74.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runMain } from '../cli/helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'forum-sim-report-cli-'));
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

describe('--report DIR', () => {
  it('sweep: outcome bars, and P(consensus text) against each --vary parameter, stamped', async () => {
    const dir = join(fresh(), 'r');
    const r = await runMain([
      'sweep',
      'arf-2022',
      '--runs',
      '12',
      '--workers',
      '1',
      '--seed',
      '5',
      '--set',
      'CHN.patience=0.6',
      '--vary',
      'USA.patience=0.1:0.4:0.9',
      '--report',
      dir,
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`report written: ${join(dir, 'index.html')} (2 charts)`);
    const report = readReport(dir);
    expect(report.sections.map((s) => s.chart.kind)).toEqual(['outcomes', 'curve']);
    const stamp = report.sections[0]!.stamp;
    expect(stamp).toMatchObject({ command: 'sweep', scenario: 'arf-2022', seed: '5', runs: 12 });
    expect(stamp.overrides).toEqual({ 'CHN.patience': '0.6', 'USA.patience': '0.1:0.4:0.9 (varied)' });
    expect(stamp.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    const curve = report.sections[1]!.chart;
    // Every run that finished falls in one bin of the curve.
    if (curve.kind !== 'curve') throw new Error('expected a curve');
    expect(curve.parameter).toBe('USA.patience');
    expect(curve.points.length).toBeGreaterThan(0);
    for (const point of curve.points) expect(point.x).toBeGreaterThanOrEqual(0.1);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('CHN.patience=0.6');
  });

  it('sensitivity: a tornado whose rows are the swings, noise marked from their intervals', async () => {
    const dir = fresh();
    const r = await runMain([
      'sensitivity',
      'apec-mrt-2022',
      '--runs',
      '4',
      '--workers',
      '1',
      '--param',
      'CHN.patience,BRN.risk',
      '--json',
      '--report',
      dir,
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      baseline: { wilson95: [number, number] };
      parameters: {
        path: string;
        low: { p: number; wilson95: [number, number] };
        high: { p: number; wilson95: [number, number] };
      }[];
    };
    const [section] = readReport(dir).sections;
    expect(section!.stamp).toMatchObject({ command: 'sensitivity', scenario: 'apec-mrt-2022', runs: 4, seed: '1' });
    const chart = section!.chart;
    if (chart.kind !== 'tornado') throw new Error('expected a tornado');
    const [blo, bhi] = json.baseline.wilson95;
    const overlaps = ([lo, hi]: [number, number]) => lo <= bhi && blo <= hi;
    expect(chart.rows).toEqual(
      json.parameters.map((p) => ({
        parameter: p.path,
        low: p.low.p,
        high: p.high.p,
        noise: overlaps(p.low.wilson95) && overlaps(p.high.wilson95),
      })),
    );
  });

  it('backtest: the reliability diagrams of the model and the calibrated model, from its test-period bins', async () => {
    const dir = fresh();
    const cases = ['amm-2012-07', 'amm-2014-08', 'amm-2015-08', 'amm-2016-07'].map((c) => `scenarios/record/${c}.yaml`);
    const r = await runMain([
      'backtest',
      ...cases,
      '--train-until',
      '2013-01-01',
      '--runs',
      '2',
      '--workers',
      '1',
      '--json',
      '--report',
      dir,
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<
      'reliability' | 'calibratedReliability',
      { cases: number; meanForecast: number | null; observed: number | null }[]
    >;
    const report = readReport(dir);
    expect(report.sections[0]!.stamp).toMatchObject({
      command: 'backtest',
      scenario: cases.join(' '),
      runs: 2,
      seed: '1',
    });
    const bins = (key: keyof typeof json) =>
      json[key]
        .filter((b) => b.cases > 0)
        .map((b) => ({ predicted: b.meanForecast, observed: b.observed, n: b.cases }));
    expect(report.sections.map((s) => s.chart)).toEqual([
      { kind: 'reliability', bins: bins('reliability') },
      { kind: 'reliability', bins: bins('calibratedReliability') },
    ]);
    expect(bins('reliability').length).toBeGreaterThan(0);
  });

  it("refuses a folder holding the user's files before any run, exit 2, and leaves it alone", async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    for (const command of [
      ['sweep', 'arf-2022', '--runs', '2'],
      ['sensitivity', 'arf-2022', '--runs', '2'],
      ['backtest', '--runs', '2'],
    ]) {
      const r = await runMain([...command, '--workers', '1', '--report', dir]);
      expect(r.code, command[0]).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/not empty and holds no earlier report/);
    }
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });

  it('a folder that cannot be made is an I/O error: exit 74, one line naming it', async () => {
    const file = join(fresh(), 'a-file');
    writeFileSync(file, 'mine');
    const r = await runMain(['sweep', 'arf-2022', '--runs', '2', '--workers', '1', '--report', join(file, 'sub')]);
    expect(r.code).toBe(74);
    expect(r.errLines.at(-1)).toMatch(/^forum-sim: cannot write the report to .*a-file.*: ENOTDIR/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});
