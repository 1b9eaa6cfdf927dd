// `forum-sim table`: the per-run CSV and Arrow files of a sweep file, read back (the CSV by
// Python's csv module, the Arrow file by apache-arrow), in run order whatever the file's order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { writePlantedSweep } from '../support/plantedSweep.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-table-'));
const at = (name: string) => join(dir, name);
const hasPython = spawnSync('python3', ['--version']).status === 0;
const plan = {
  runs: 40,
  inputs: ['USA.patience', 'CHN.reservation'],
  rule: (x: Record<string, number>) => x['USA.patience']! > 0.5,
  order: Array.from({ length: 40 }, (_, i) => 39 - i),
  failed: [3],
};

function readCsv(file: string): Record<string, string>[] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="")))))';
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>[];
}

describe('forum-sim table', () => {
  it('writes the CSV and the Arrow file, one row per run in run order, that read back', async () => {
    writePlantedSweep(at('s.jsonl'), plan);
    const r = await runMain(['table', at('s.jsonl'), '--csv', at('s.csv'), '--arrow', at('s.arrow')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('40 runs; inputs CHN.reservation, USA.patience');
    const sweepLines = readFileSync(at('s.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l));
    const byRun = new Map(sweepLines.map((l) => [l.run as number, l]));

    const table = tableFromIPC(readFileSync(at('s.arrow')));
    expect(table.numRows).toBe(40);
    const rows = table.toArray().map((row) => row.toJSON());
    expect(rows.map((row) => row.run)).toEqual([...Array(40).keys()]);
    for (const row of rows) {
      const line = byRun.get(row.run)!;
      if (row.run === 3) {
        expect(row.error).toBe('planted failure');
        expect(row['USA.patience']).toBeNull();
        continue;
      }
      expect(row['USA.patience']).toBe(line.inputs.drawn['USA.patience']);
      expect(row.text_adopted).toBe(line.inputs.drawn['USA.patience'] > 0.5);
      expect(row.outcome).toBe(line.result.outcome);
      expect(row.seed).toBe(`planted/${row.run}`);
    }
    expect(String(table.schema.fields.find((f) => f.name === 'rounds')!.type)).toBe('Int32');

    if (!hasPython) return;
    const csv = readCsv(at('s.csv'));
    expect(csv.map((row) => Number(row.run))).toEqual([...Array(40).keys()]);
    for (const row of csv) {
      const arrow = rows[Number(row.run)]!;
      expect(row['USA.patience']).toBe(arrow['USA.patience'] === null ? '' : String(arrow['USA.patience']));
      expect(row.text_adopted).toBe(arrow.text_adopted === null ? '' : arrow.text_adopted ? 'TRUE' : 'FALSE');
      expect(row.text_ukraine).toBe(arrow.text_ukraine ?? '');
    }
  });

  it('a design line: its overrides beyond the header are its inputs, text values as text', async () => {
    writePlantedSweep(at('d.jsonl'), { ...plan, failed: [] });
    const lines = readFileSync(at('d.jsonl'), 'utf8').trim().split('\n');
    const edited = lines.map((text, i) => {
      if (i === 0) return text;
      const line = JSON.parse(text);
      line.inputs.overrides['USA.rank'] = line.run % 2 ? 'deputy' : 'minister';
      line.inputs.overrides['forum.roundLimit'] = String(3 + (line.run % 3));
      return JSON.stringify(line);
    });
    writeFileSync(at('d.jsonl'), edited.join('\n') + '\n');
    expect((await runMain(['table', at('d.jsonl'), '--arrow', at('d.arrow')])).code).toBe(0);
    const rows = tableFromIPC(readFileSync(at('d.arrow')))
      .toArray()
      .map((row) => row.toJSON());
    expect(rows[1]!['USA.rank']).toBe('deputy');
    expect(rows[4]!['forum.roundLimit']).toBe(4);
  });

  it('refuses to overwrite a file, and bad input is exit 2', async () => {
    writePlantedSweep(at('x.jsonl'), plan);
    writeFileSync(at('taken.csv'), 'mine');
    for (const argv of [
      ['table', at('x.jsonl'), '--csv', at('taken.csv')],
      ['table', at('x.jsonl')],
      ['table', at('nope.jsonl'), '--csv', at('n.csv')],
      ['table', at('x.jsonl'), '--csv', at('same'), '--arrow', at('same')],
    ])
      expectCleanErrors(await runMain(argv));
    expect(readFileSync(at('taken.csv'), 'utf8')).toBe('mine');
  });
});
