// `forum-sim backtest` and `run --inputs` through the command line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runMain } from './helpers.js';

const CASES = join(FIXTURES, 'cases');

describe('forum-sim backtest', () => {
  it('prints the per-case table, the unscorable cases with their reason, the totals and the three baselines', async () => {
    const r = await runMain(['backtest', CASES, '--runs', '10', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^case-agree +2022-01-10 +test +joint +1\.00 \[/m);
    expect(r.out).toContain('case-unscorable (test/fixtures/cases/unscorable.yaml): needs a mechanism the model lacks');
    for (const label of ['model', 'always joint/adopted', 'base rate (0.50)', 'compromise baseline'])
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
    expect(Object.keys(report.totals).sort()).toEqual(['alwaysJoint', 'baseRate', 'compromise', 'kindRate', 'model']);
  });
  it('bad input is exit 2 with one line per problem', async () => {
    expect((await runMain(['backtest', join(CASES, 'nope')])).code).toBe(2);
    const runs = await runMain(['backtest', CASES, '--runs', '0']);
    expect(runs.code).toBe(2);
    expect(runs.err).toContain('--runs expects a whole number');
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
