// Issue 20 item 10: `sensitivity --json` and `backtest --json` record what they ran on, as a sweep's
// header does (overrides, version, scenario hash; for backtest each case's scenario hash, one hash
// over them, and the record files' hashes), so a number pasted into a report can be traced.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loader.js';
import { FIXTURES, ROOT, runMain } from './helpers.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('--json records its inputs', () => {
  it('sensitivity: the scenario hash, version and overrides, the same as a sweep records', async () => {
    const set = ['--set', 'CHN.patience=0.5', '--set', 'forum.roundLimit=3'];
    const args = ['apec-mrt-2022', '--runs', '2', '--workers', '1', ...set, '--json'];
    const r = await runMain(['sensitivity', ...args, '--param', 'BRN.faceSensitivity']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as Record<string, unknown>;
    const sweep = JSON.parse((await runMain(['sweep', ...args])).out) as Record<string, unknown>;
    expect(report.scenarioHash).toBe(loadScenario('apec-mrt-2022').hash);
    expect(report.scenarioHash).toBe(sweep.scenarioHash);
    expect(report.version).toBe(version);
    expect(report.overrides).toEqual({ 'CHN.patience': '0.5', 'forum.roundLimit': '3' });
    expect(report.overrides).toEqual(sweep.overrides);
  });

  it('backtest: version, seed, runs, --set, each case scenario hash and one over all, and the record files', async () => {
    const cases = join(FIXTURES, 'cases');
    const record = join(mkdtempSync(join(tmpdir(), 'forum-sim-stamp-')), 'rows.yaml');
    const rows = 'forums:\n  - {id: agree, date: 2015-05-01, outcome: joint}\n';
    writeFileSync(record, rows);
    const argv = ['backtest', cases, '--runs', '2', '--seed', 's', '--workers', '1', '--record', record, '--json'];
    const r = await runMain([...argv, '--set', 'forum.roundLimit=4']);
    expect(r.code, r.err).toBe(0);
    const { stamp } = JSON.parse(r.out) as {
      stamp: {
        version: string;
        seed: string;
        runs: number;
        overrides: Record<string, string>;
        cases: Array<{ file: string; scenarioHash: string }>;
        casesHash: string;
        records: Array<{ file: string; sha256: string }>;
      };
    };
    expect([stamp.version, stamp.seed, stamp.runs]).toEqual([version, 's', 2]);
    expect(stamp.overrides).toEqual({ 'forum.roundLimit': '4' });
    const files = ['agree', 'deadlock', 'unscorable', 'vote'].map((name) => join(cases, `${name}.yaml`));
    expect(stamp.cases).toEqual(
      files.map((file) => ({ file: relative(process.cwd(), file), scenarioHash: loadScenario(file).hash })),
    );
    expect(stamp.casesHash).toBe(sha256(stamp.cases.map((c) => `${c.scenarioHash}\n`).join('')));
    expect(stamp.records).toEqual([{ file: relative(process.cwd(), record), sha256: sha256(rows) }]);
    // An edited record file shows in its hash.
    writeFileSync(record, rows.replace('joint', 'none'));
    const edited = JSON.parse((await runMain(argv)).out) as { stamp: typeof stamp };
    expect(edited.stamp.records[0]!.sha256).not.toBe(stamp.records[0]!.sha256);
    expect(edited.stamp.casesHash).toBe(stamp.casesHash);
  });
});
