// Compact sweep lines: at most 1 KB for arf-2022 (the draws recomputed on replay, byte for byte),
// every draw with --full-inputs, lines in run order when the sweep ends (after --resume too),
// --csv-runs, and a format-1 file still read by merge.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineInputs, runOutcome, sweepLineText, ungroupBlockers } from '../../src/analysis/sweepLine.js';
import type { RunResult } from '../../src/domain/types.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-compact-'));
const at = (name: string) => join(dir, name);
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
const SWEEP = ['sweep', 'arf-2022', '--seed', '5', '--workers', '2'];

/** `run --inputs` of a sweep line, as the line the sweep would write for it. */
async function replayedLine(line: string, name: string): Promise<string> {
  writeFileSync(at(name), line);
  const replay = await runMain(['run', 'arf-2022', '--inputs', at(name), '--json']);
  expect(replay.code, replay.err).toBe(0);
  const result = JSON.parse(replay.out) as RunResult;
  const { run, scenario } = JSON.parse(line) as { run: number; scenario: string };
  return sweepLineText({ run, scenario, inputs: lineInputs(result.inputs, false), result: runOutcome(result) });
}

describe('compact sweep lines', () => {
  it('every line of a 300-run arf-2022 sweep is at most 1 KB; the longest replays byte for byte', async () => {
    const file = at('size.jsonl');
    const r = await runMain([...SWEEP, '--runs', '300', '--out', file]);
    expect(r.code, r.err).toBe(0);
    const records = lines(file).slice(1);
    expect(records).toHaveLength(300);
    const sizes = records.map((l) => Buffer.byteLength(l) + 1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024);
    const longest = records[sizes.indexOf(Math.max(...sizes))]!;
    expect(await replayedLine(longest, 'longest.json')).toBe(longest);
  }, 180_000);

  it('keeps the varied draws only; --full-inputs keeps every draw, the same values replay recomputes', async () => {
    const vary = ['--vary', 'KHM.patience=0.1:0.4:0.9', '--runs', '6'];
    await runMain([...SWEEP, ...vary, '--out', at('varied.jsonl')]);
    await runMain([...SWEEP, ...vary, '--full-inputs', '--out', at('full.jsonl')]);
    const compact = JSON.parse(lines(at('varied.jsonl'))[3]!);
    const full = JSON.parse(lines(at('full.jsonl'))[3]!);
    expect(Object.keys(compact.inputs.drawn)).toEqual(['KHM.patience']);
    expect(Object.keys(full.inputs.drawn).length).toBeGreaterThan(400);
    expect(compact.inputs.drawn['KHM.patience']).toBe(full.inputs.drawn['KHM.patience']);
    writeFileSync(at('compact.json'), lines(at('varied.jsonl'))[3]!);
    const replay = JSON.parse((await runMain(['run', 'arf-2022', '--inputs', at('compact.json'), '--json'])).out);
    expect(replay.inputs.drawn).toEqual(full.inputs.drawn);
    expect(compact.result).toEqual(full.result);
  }, 180_000);

  it('the lines are in run order when the sweep ends, after --resume too', async () => {
    const file = at('order.jsonl');
    await runMain([...SWEEP, '--runs', '30', '--out', file]);
    const whole = readFileSync(file, 'utf8');
    expect(
      lines(file)
        .slice(1)
        .map((l) => JSON.parse(l).run),
    ).toEqual([...Array(30).keys()]);
    // Every third run lost: --resume runs them after the others, then the file is put in order.
    writeFileSync(
      file,
      lines(file)
        .filter((_, i) => i === 0 || i % 3 !== 1)
        .join('\n') + '\n',
    );
    const resumed = await runMain([...SWEEP, '--runs', '30', '--out', file, '--resume']);
    expect(resumed.code, resumed.err).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  }, 180_000);

  it('--csv-runs writes a header and one row per run, with the varied value; never over a file', async () => {
    const csv = at('runs.csv');
    const args = [...SWEEP, '--runs', '8', '--vary', 'KHM.patience=0.1:0.4:0.9', '--full-inputs'];
    const r = await runMain([...args, '--out', at('csv.jsonl'), '--csv-runs', csv]);
    expect(r.code, r.err).toBe(0);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const columns = rows[0]!.split(',');
    expect(columns.slice(0, 8)).toEqual([
      'run',
      'seed',
      'outcome',
      'text_adopted',
      'rounds',
      'capped',
      'blockers',
      'error',
    ]);
    expect(columns).toContain('text_ukraine');
    expect(columns.at(-1)).toBe('KHM.patience');
    expect(rows).toHaveLength(9);
    const records = lines(at('csv.jsonl'))
      .slice(1)
      .map((l) => JSON.parse(l));
    for (const [i, record] of records.entries()) {
      const cells = rows[i + 1]!.split(',');
      const cell = (name: string) => cells[columns.indexOf(name)];
      expect([cell('run'), cell('seed'), cell('outcome')]).toEqual([String(i), `5/${i}`, record.result.outcome]);
      expect(cell('rounds')).toBe(String(record.result.rounds));
      expect(cell('text_adopted')).toBe(record.result.text ? 'TRUE' : 'FALSE');
      expect(Number(cell('KHM.patience'))).toBe(record.inputs.drawn['KHM.patience']);
      const blockers = ungroupBlockers(record.result.blockers).map((b) => `${b.actor}:${b.issue}`);
      expect(cell('blockers')).toBe([...new Set(blockers)].join(' '));
    }
    const before = readFileSync(csv, 'utf8');
    const again = await runMain([...args, '--out', at('csv2.jsonl'), '--csv-runs', csv]);
    expectCleanErrors(again);
    expect(again.code).toBe(2);
    expect(again.err).toContain('the file exists');
    expect(existsSync(at('csv2.jsonl'))).toBe(false);
    expect(readFileSync(csv, 'utf8')).toBe(before);
    const alone = await runMain([...args, '--csv-runs', at('alone.csv')]);
    expect([alone.code, alone.err]).toEqual([2, expect.stringContaining('--csv-runs needs --out')]);
  }, 180_000);

  it('merge still reads a format-1 file (blockers as a list, every draw in the line)', async () => {
    const file = at('v2.jsonl');
    const summary = (await runMain([...SWEEP, '--runs', '10', '--out', file, '--json'])).out;
    const [header, ...records] = lines(file).map((l) => JSON.parse(l));
    const v1 = [
      { ...header, forumSimSweep: 1 },
      ...records.map((r) => ({ ...r, result: { ...r.result, blockers: ungroupBlockers(r.result.blockers) } })),
    ];
    writeFileSync(at('v1.jsonl'), v1.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const merged = await runMain(['merge', at('v1.jsonl'), '--json']);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out).toBe(summary);
  }, 180_000);
});
