// `forum-sim backtest --sequences` (and backtest given a sequence case file) through the command line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, runMain, SCENARIOS } from './helpers.js';

const WEEK = join(SCENARIOS, 'record/sequences/phnom-penh-2022-08.yaml');
const dir = mkdtempSync(join(tmpdir(), 'forum-sim-seqbt-'));

describe('forum-sim backtest --sequences', () => {
  it('scores each meeting of the Phnom Penh week with the carry-over and alone, the unscorable one with its reason', async () => {
    const r = await runMain(['backtest', '--sequences', '--runs', '3', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('phnom-penh-2022-08: The Phnom Penh week, August 2022 (record)');
    for (const id of ['amm-2022-08', 'eas-fmm-2022-08', 'arf-2022-08'])
      expect(r.out).toMatch(
        new RegExp(
          `^  ${id} +2022-08-0\\d +test +\\S+ +\\d/3 +\\d\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d{3} / \\d\\.\\d{3}`,
          'm',
        ),
      );
    expect(r.out).toMatch(/^ {2}asean-russia-fmm-2022-08 .* not scored: the record does not know the outcome/m);
    expect(r.out).toMatch(/^All 3 scored meetings: Brier \d\.\d{3} carried, \d\.\d{3} alone; log loss/m);
  }, 120_000);

  it('--json is stamped like backtest and the same whatever the workers; a sequence file alone selects the mode', async () => {
    const one = await runMain(['backtest', WEEK, '--runs', '3', '--seed', 's', '--workers', '1', '--json']);
    const two = await runMain([
      'backtest',
      '--sequences',
      WEEK,
      '--runs',
      '3',
      '--seed',
      's',
      '--workers',
      '2',
      '--json',
    ]);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const report = JSON.parse(one.out);
    expect(report.stamp).toMatchObject({ seed: 's', runs: 3, overrides: {} });
    expect(report.stamp.cases.map((c: { file: string }) => c.file)).toEqual(
      ['amm-2022-08', 'asean-russia-fmm-2022-08', 'eas-fmm-2022-08', 'arf-2022-08'].map(
        (id) => `scenarios/record/${id}.yaml`,
      ),
    );
    expect(report.stamp.sequences).toEqual([
      { file: 'scenarios/record/sequences/phnom-penh-2022-08.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const [week] = report.sequences;
    // Nothing can carry into the first meeting of a chain.
    expect(week.meetings[0]).toMatchObject({ id: 'amm-2022-08', period: 'test', runs: 3, chainsWithCarry: 0 });
    expect(week.meetings[0].carried).toEqual(expect.objectContaining({ brier: expect.any(Number) }));
    expect(week.meetings[1]).toMatchObject({ carried: null, alone: null });
    expect(report.totals.carried.cases).toBe(3);
  }, 120_000);

  it('a folder of sequence cases selects the mode too, as a sequence file does', async () => {
    const argv = ['--runs', '2', '--workers', '1', '--json'];
    const byFolder = await runMain(['backtest', join(SCENARIOS, 'record/sequences'), ...argv]);
    expect(byFolder.code).toBe(0);
    expect(byFolder.out).toBe((await runMain(['backtest', '--sequences', ...argv])).out);
  }, 120_000);

  it('refuses a sequence case whose meeting lacks `expected` with exit 2, naming the files', async () => {
    const file = join(dir, 'no-expected.yaml');
    writeFileSync(file, `kind: sequence\nid: t\nname: t\nmeetings:\n  - forum: ${join(SCENARIOS, 'arf-2022.yaml')}\n`);
    for (const argv of [
      ['backtest', file],
      ['backtest', '--sequences', dir],
    ]) {
      const r = await runMain([...argv, '--runs', '2', '--workers', '1']);
      expectCleanErrors(r);
      expect(r.err).toContain('no-expected.yaml');
      expect(r.err).toMatch(/meetings\.0\.forum: .*arf-2022\.yaml has no `expected` block/);
    }
  });

  it('refuses options that mean nothing for sequence cases, and a forum file given with --sequences', async () => {
    const set = await runMain(['backtest', '--sequences', '--set', 'forum.noise=0.2']);
    expectCleanErrors(set);
    expect(set.err).toContain('--set cannot be used with sequence cases');
    const forum = await runMain(['backtest', '--sequences', join(SCENARIOS, 'record/amm-2022-08.yaml')]);
    expectCleanErrors(forum);
    expect(forum.err).toMatch(/amm-2022-08\.yaml.*kind: a sequence case/);
  });
});
