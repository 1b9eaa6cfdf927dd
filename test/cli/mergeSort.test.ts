// Issue 19: `merge --sort` puts each file's runs in index order in place, under the file's lock
// (so never while a sweep writes it); a plain merge of a file whose lock exists warns.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-merge-sort-'));
const SWEEP = ['sweep', 'arf-2022', '--runs', '6', '--seed', '4', '--workers', '1'];
const runIndex = (line: string) => (JSON.parse(line) as { run: number }).run;

async function shuffledSweep(name: string): Promise<{ file: string; inOrder: string }> {
  const file = join(dir, name);
  expect((await runMain([...SWEEP, '--out', file])).code).toBe(0);
  const inOrder = readFileSync(file, 'utf8');
  const [header, ...runs] = inOrder.trimEnd().split('\n');
  writeFileSync(file, [header, ...runs.reverse()].join('\n') + '\n');
  return { file, inOrder };
}

describe('merge --sort', () => {
  it('puts the runs back in index order, byte for byte, and gives the same summary', async () => {
    const { file, inOrder } = await shuffledSweep('a.jsonl');
    const before = await runMain(['merge', file, '--json']);
    const sorted = await runMain(['merge', file, '--sort', '--json']);
    expect(sorted.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(inOrder);
    expect(JSON.parse(sorted.out)).toEqual(JSON.parse(before.out));
    const runs = inOrder.trimEnd().split('\n').slice(1).map(runIndex);
    expect(runs).toEqual([...runs].sort((a, b) => a - b));
  });

  it('is refused while a live sweep holds the file, naming its pid, and the file is left as it was', async () => {
    const { file } = await shuffledSweep('b.jsonl');
    const shuffled = readFileSync(file, 'utf8');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }) + '\n',
    );
    const r = await runMain(['merge', file, '--sort']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`pid ${process.pid}`);
    expect(readFileSync(file, 'utf8')).toBe(shuffled);
    const plain = await runMain(['merge', file]);
    expect(plain.code).toBe(0);
    expect(plain.err).toContain('a sweep may still be writing it');
  });

  it('refuses a damaged file before rewriting it: the file is left byte for byte (found by npm run fuzz)', async () => {
    const { file } = await shuffledSweep('c.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    lines.splice(3, 0, '{"run":9999, garbage');
    const damaged = lines.join('\n') + '\n';
    writeFileSync(file, damaged);
    const r = await runMain(['merge', file, '--sort']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a line of JSON');
    expect(r.err).not.toContain('runs put in index order');
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });
});
