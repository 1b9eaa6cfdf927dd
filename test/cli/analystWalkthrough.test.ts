// The README's "analyst's question, end to end" at small sizes: compare, a sobol design and its
// indices, an lhs design and PRIM on it, the per-run CSV and the --report folders. Each artefact
// exists and parses, and the whole walk gives the same numbers when run again on 2 workers.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runMain } from './helpers.js';

const FORUM = ['--set', 'forum.habit.separateText=1', '--set', 'forum.mechanisms.standing=off'];
const WEST = ['AUS', 'CAN', 'EU', 'JPN', 'USA'];

async function ok(argv: string[]): Promise<string> {
  const r = await runMain(argv);
  if (r.code !== 0) throw new Error(`${argv.join(' ')}: exit ${r.code}\n${r.err}`);
  return r.out;
}

/** The walkthrough's commands into a fresh folder; the JSON and CSV they give. */
async function walk(workers: string) {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-walk-'));
  const at = (name: string) => join(dir, name);
  const w = ['--workers', workers];
  const compare = JSON.parse(
    await ok([
      'compare',
      'arf-2022',
      ...FORUM,
      '--against',
      'USA.rank=deputy',
      '--against',
      'CHN.patience=0.8',
      '--runs',
      '8',
      ...w,
      '--json',
      '--csv',
      at('compare.csv'),
      '--report',
      at('compare-report'),
    ]),
  );
  const sobolFactors = ['CHN.patience=0..1', 'USA.patience=0..1', 'forum.roundLimit=2..8', 'USA.rank=principal,deputy'];
  await ok([
    'design',
    'arf-2022',
    ...FORUM,
    '--kind',
    'sobol',
    '--samples',
    '3',
    '--runs-per-point',
    '1',
    ...sobolFactors.flatMap((f) => ['--factor', f]),
    ...w,
    '--out',
    at('sobol.jsonl'),
  ]);
  const sobol = JSON.parse(await ok(['sobol', at('sobol.jsonl'), '--json', '--report', at('sobol-report')]));
  const westFactors = [...WEST, 'CHN'].flatMap((actor) => ['--factor', `${actor}.patience=0..1`]);
  const design = ['design', 'arf-2022', ...FORUM, '--kind', 'lhs', '--samples', '20', '--runs-per-point', '2'];
  await ok([...design, ...westFactors, ...w, '--out', at('west.jsonl'), '--report', at('west-report')]);
  const derive = `minWestPatience=min(${WEST.join(',')}).patience`;
  const prim = JSON.parse(
    await ok(['prim', at('west.jsonl'), '--derive', derive, '--json', '--report', at('prim-report')]),
  );
  await ok(['table', at('west.jsonl'), '--csv', at('west.csv')]);
  return { at, compare, sobol, prim, csv: readFileSync(at('west.csv'), 'utf8') };
}

const reportOf = (folder: string) => {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as Report;
  report.sections.forEach((_, i) => {
    expect(existsSync(join(folder, `chart-${i + 1}.svg`))).toBe(true);
    expect(existsSync(join(folder, `chart-${i + 1}.png`))).toBe(true);
  });
  expect(html.match(/<svg/g)?.length).toBe(report.sections.length);
  return report.sections.map((s) => s.chart.kind);
};

describe("the README's analyst walkthrough", () => {
  it('every artefact exists and parses; the same numbers on 1 and 2 workers', async () => {
    const one = await walk('1');
    expect(one.compare.events.map((e: { event: string }) => e.event)).toContain('consensus-text');
    expect(one.compare.against).toEqual({ 'USA.rank': 'deputy', 'CHN.patience': '0.8' });
    expect(readFileSync(one.at('compare.csv'), 'utf8')).toMatch(/^event,pairs,hits_a,/);
    expect(one.sobol.rows.map((r: { parameter: string }) => r.parameter).sort()).toEqual([
      'CHN.patience',
      'USA.patience',
      'USA.rank',
      'forum.roundLimit',
    ]);
    expect(one.prim.inputs).toContain('minWestPatience');
    expect(one.prim.chart.kind).toBe('prim');
    const [header, ...rows] = one.csv.trimEnd().split('\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['run', 'seed', 'outcome', 'text_adopted']);
    for (const actor of [...WEST, 'CHN']) expect(header!.split(',')).toContain(`${actor}.patience`);
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(reportOf(one.at('compare-report'))).toEqual(['paired']);
    expect(reportOf(one.at('sobol-report'))).toEqual(['sobol']);
    expect(reportOf(one.at('west-report'))).toEqual(['outcomes', ...Array<string>(6).fill('curve')]);
    expect(reportOf(one.at('prim-report'))).toEqual(['prim']);

    const two = await walk('2');
    expect(two.compare).toEqual(one.compare);
    expect(two.sobol).toEqual(one.sobol);
    expect({ ...two.prim, file: '' }).toEqual({ ...one.prim, file: '' });
    expect(two.csv).toBe(one.csv);
  }, 240_000);
});
