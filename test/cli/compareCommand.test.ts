// `forum-sim compare`: the text, the stamped JSON and the CSV of a paired what-if; bad input named;
// a CSV file that exists never overwritten; Ctrl-C reports what was done and exits 130.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compareCommand.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { VERSION } from '../../src/version.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-compare-'));
const BASE = ['compare', 'arf-2022', '--runs', '10', '--seed', '5', '--workers', '1'];

describe('compare', () => {
  it('stamps its JSON with the scenario, its hash, both arms, the seed, the runs and the version', async () => {
    const r = await runMain([...BASE, '--set', 'KHM.patience=0.4', '--against', 'CHN.patience=0.8', '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      scenario: 'arf-2022',
      scenarioHash: loadScenario('arf-2022').hash,
      version: VERSION,
      seed: '5',
      runs: 10,
      pairs: 10,
      interrupted: false,
      overrides: { a: { 'KHM.patience': '0.4' }, b: { 'KHM.patience': '0.4', 'CHN.patience': '0.8' } },
      against: { 'CHN.patience': '0.8' },
    });
    expect(json.events.map((e: { event: string }) => e.event)).toContain('consensus-text');
  });

  it('prints both arms and every event in text, and writes one CSV row per event', async () => {
    const csv = join(dir, 'paired.csv');
    const r = await runMain([...BASE, '--against', 'forum.roundLimit=2', '--csv', csv]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('A: the scenario as given');
    expect(r.out).toContain('B: forum.roundLimit=2');
    expect(r.out).toMatch(/Seeds whose product changed: \d+ of 10/);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe(
      'event,pairs,hits_a,share_a,hits_b,share_b,difference,ci95_low,ci95_high,seeds_gained,seeds_lost',
    );
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual([
      'joint-statement',
      'chair-statement',
      'no-statement',
      'consensus-text',
    ]);
  });

  it('never overwrites an existing --csv file', async () => {
    const csv = join(dir, 'kept.csv');
    writeFileSync(csv, 'mine\n');
    const r = await runMain([...BASE, '--against', 'CHN.patience=0.8', '--csv', csv]);
    expectCleanErrors(r);
    expect(r.err).toContain('the file exists');
    expect(readFileSync(csv, 'utf8')).toBe('mine\n');
  });

  it('names a bad --against path and requires at least one', async () => {
    const bad = await runMain([...BASE, '--against', 'CHN.patience=3']);
    expectCleanErrors(bad);
    expect(bad.err).toContain('--against');
    expect(bad.err).toContain('CHN.patience');
    const none = await runMain(BASE);
    expectCleanErrors(none);
    expect(none.err).toContain('--against');
  });

  it('reports the pairs done, writes no CSV and exits 130 when stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    const out: string[] = [];
    const err: string[] = [];
    const csv = join(dir, 'stopped.csv');
    const code = await compareCommand(
      [...BASE.slice(1), '--against', 'CHN.patience=0.8', '--csv', csv],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      { signal: controller.signal, progress: null },
    );
    expect(code).toBe(130);
    expect(out.join('\n')).toContain('0 seed(s)');
    expect(err.join('\n')).toContain('interrupted after 0 of 10 seeds');
    expect(existsSync(csv)).toBe(false);
  });
});
