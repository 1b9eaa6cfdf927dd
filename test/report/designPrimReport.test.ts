// --report DIR on design (outcome bars; P(consensus text) against each factor of a factorial or
// lhs design, none for sobol) and on prim (the box chart, its folder checked before any file is
// read); prim and table on a design's shards give what they give on the whole file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { expectCleanErrors, runMain } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-design-report-'));
const at = (name: string) => join(dir, name);
const readReport = (folder: string) => JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as Report;
// The forum in which the ARF tables a text beside the chair's statement, so P varies.
const FORUM = ['--set', 'forum.habit.separateText=1', '--set', 'forum.mechanisms.standing=off'];
const design = (kind: string, size: string[], out: string, extra: string[] = []) =>
  runMain([
    'design',
    'arf-2022',
    ...FORUM,
    '--kind',
    kind,
    ...size,
    '--factor',
    'CHN.patience=0..1',
    '--factor',
    'forum.roundLimit=2..8',
    '--factor',
    'USA.rank=principal,deputy',
    '--runs-per-point',
    '1',
    '--workers',
    '1',
    '--out',
    at(out),
    ...extra,
  ]);

describe('design --report DIR', () => {
  it('factorial: a curve per numeric factor at its levels; a text factor gets none', async () => {
    const r = await design('factorial', ['--levels', '3'], 'fact.jsonl', ['--report', at('fact-report')]);
    expect(r.code).toBe(0);
    const report = readReport(at('fact-report'));
    expect(report.sections.map((s) => s.chart.kind)).toEqual(['outcomes', 'curve', 'curve']);
    const [bars, chn, rounds] = report.sections;
    expect(bars!.stamp).toMatchObject({ command: 'design', runs: 18 });
    expect(bars!.stamp.overrides).toMatchObject({ 'CHN.patience': '0..1 (factorial factor)' });
    if (chn!.chart.kind !== 'curve' || rounds!.chart.kind !== 'curve') throw new Error('expected curves');
    expect(chn!.chart.points.map((p) => p.x)).toEqual([0, 0.5, 1]);
    expect(rounds!.chart.points.map((p) => p.x)).toEqual([2, 5, 8]);
    // 3 x 3 x 2 points, one run each: every level holds six runs, and P is a share of them.
    for (const point of chn!.chart.points) expect(point.p * 6).toBeCloseTo(Math.round(point.p * 6));
  });

  it('lhs: a continuous factor in ten bins across its range, a whole-number one at its values', async () => {
    const r = await design('lhs', ['--samples', '20'], 'lhs.jsonl', ['--report', at('lhs-report')]);
    expect(r.code).toBe(0);
    const [, chn, rounds] = readReport(at('lhs-report')).sections;
    if (chn!.chart.kind !== 'curve' || rounds!.chart.kind !== 'curve') throw new Error('expected curves');
    // Twenty points, one in each twentieth of the range: two in each tenth.
    expect(chn!.chart.points.map((p) => Number(p.x.toFixed(2)))).toEqual(
      Array.from({ length: 10 }, (_, i) => Number((0.05 + i / 10).toFixed(2))),
    );
    for (const point of rounds!.chart.points) expect(Number.isInteger(point.x)).toBe(true);
  });

  it('sobol: the outcome bars only', async () => {
    const r = await design('sobol', ['--samples', '2'], 'sobol.jsonl', ['--report', at('sobol-report')]);
    expect(r.code).toBe(0);
    expect(readReport(at('sobol-report')).sections.map((s) => s.chart.kind)).toEqual(['outcomes']);
  });
});

describe('prim --report DIR and several files', () => {
  const derive = ['--derive', 'lowest=min(CHN.patience,forum.roundLimit)'];

  it('writes the box chart, stamped with the design it came from', async () => {
    await design('lhs', ['--samples', '30'], 'prim.jsonl');
    const r = await runMain(['prim', at('prim.jsonl'), '--report', at('prim-report')]);
    expect(r.code).toBe(0);
    const report = readReport(at('prim-report'));
    expect(report.sections.map((s) => s.chart.kind)).toEqual(['prim']);
    expect(report.sections[0]!.stamp).toMatchObject({ command: 'prim', scenario: 'arf-2022', runs: 30 });
    expect(readFileSync(join(at('prim-report'), 'index.html'), 'utf8')).toContain('<svg');
  });

  it('a folder of the user refused before the file is read (exit 2)', async () => {
    mkdirSync(at('mine'));
    writeFileSync(join(at('mine'), 'notes.txt'), 'mine');
    const r = await runMain(['prim', at('missing.jsonl'), '--report', at('mine')]);
    expectCleanErrors(r);
    expect(r.err).not.toContain('missing.jsonl');
    expect(readFileSync(join(at('mine'), 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('prim and table on two shards give what they give on the whole design', async () => {
    const size = ['--samples', '24'];
    await design('lhs', size, 'whole.jsonl');
    await design('lhs', size, 'part1.jsonl', ['--shard', '1/2']);
    await design('lhs', size, 'part2.jsonl', ['--shard', '2/2']);
    const shards = [at('part2.jsonl'), at('part1.jsonl')];
    const whole = JSON.parse((await runMain(['prim', at('whole.jsonl'), ...derive, '--json'])).out);
    const parts = JSON.parse((await runMain(['prim', ...shards, ...derive, '--json'])).out);
    expect({ ...parts, file: '' }).toEqual({ ...whole, file: '' });
    expect((await runMain(['table', at('whole.jsonl'), '--csv', at('whole.csv')])).code).toBe(0);
    expect((await runMain(['table', ...shards, '--csv', at('parts.csv')])).code).toBe(0);
    expect(readFileSync(at('parts.csv'), 'utf8')).toBe(readFileSync(at('whole.csv'), 'utf8'));
    expect(readFileSync(at('whole.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(25);
  });

  it('a file of another sweep, or a shard given twice, is refused with exit 2', async () => {
    await design('lhs', ['--samples', '24', '--seed', '9'], 'other.jsonl', ['--shard', '2/2']);
    for (const argv of [
      ['prim', at('part1.jsonl'), at('other.jsonl')],
      ['table', at('part1.jsonl'), at('other.jsonl'), '--csv', at('never.csv')],
      ['prim', at('part1.jsonl'), at('part1.jsonl')],
    ]) {
      const r = await runMain(argv);
      expectCleanErrors(r);
    }
    const r = await runMain(['prim', at('part1.jsonl'), at('other.jsonl')]);
    expect(r.err).toContain('not a part of the same sweep');
  });
});
