// Issue 19, row 11: merge folds one file at a time into a bitmap of the runs seen, so memory is
// bounded by the sweep's run count in bits (plus one file's shard), not files x runs. Before, every
// file was read first, each keeping a byte per run of the whole sweep: 40 header-only shards of a
// 1e8-run sweep took 3.9 GB and 84 s.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SweepHeader } from '../../src/analysis/sweepLine.js';
import { sweepHeader } from '../../src/analysis/sweepPlan.js';
import { mergeSweepFiles, RunBitmap } from '../../src/cli/mergeSweeps.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { runMain } from './helpers.js';

const arf = loadScenario('arf-2022');
const RUNS = 100_000_000;
const SHARDS = 40;
const dir = mkdtempSync(join(tmpdir(), 'forum-sim-merge-'));

const headerOf = (index: number, seed = '1'): SweepHeader =>
  sweepHeader(arf, arf, { runs: RUNS, seed, shard: { index, count: SHARDS }, overrides: {}, vary: {} });

function headerOnlyShard(index: number, seed = '1'): string {
  const file = join(dir, `shard-${seed}-${index}.jsonl`);
  writeFileSync(file, JSON.stringify(headerOf(index, seed)) + '\n');
  return file;
}

describe('RunBitmap', () => {
  it('holds one bit a run, from its first index', () => {
    const bitmap = new RunBitmap(20, 100);
    expect(bitmap.bits.byteLength).toBe(3);
    bitmap.set(100);
    bitmap.set(119);
    expect([100, 101, 119].map((run) => bitmap.has(run))).toEqual([true, false, true]);
  });
});

describe('merge of many header-only shards of a huge sweep', () => {
  const shards = Array.from({ length: SHARDS }, (_, i) => headerOnlyShard(i + 1));

  it('keeps one bitmap of the sweep, one bit a run: 12.5 MB for 1e8 runs, whatever the number of files', () => {
    const warnings: string[] = [];
    const merged = mergeSweepFiles(shards, (w) => warnings.push(w));
    expect(merged.seen.bits.byteLength).toBe(RUNS / 8);
    expect(merged.tally.completed).toBe(0);
    expect(Object.keys(merged).sort()).toEqual(['firstFile', 'header', 'seen', 'tally']);
  });

  it('the command summarises them and says how many runs are missing', async () => {
    const r = await runMain(['merge', ...shards, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`these files hold 0 of the sweep's ${RUNS} runs`);
    expect(JSON.parse(r.out)).toMatchObject({ runs: RUNS, completed: 0 });
  });

  it('reads one file at a time: a file of another sweep stops the merge before a later file is opened', async () => {
    const other = headerOnlyShard(2, 'another-seed');
    const r = await runMain(['merge', shards[0]!, other, join(dir, 'never-read.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a part of the same sweep');
    expect(r.err).not.toContain('never-read.jsonl');
  });
});
