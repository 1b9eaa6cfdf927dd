// `forum-sim prim`: finds a planted box in a sweep file, also on a derived input (the minimum over
// a group), the same whatever order the lines were written in, and refuses bad input cleanly.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlantedSweep } from '../support/plantedSweep.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-prim-'));
const at = (name: string) => join(dir, name);
const WEST = ['AUS.patience', 'JPN.patience', 'USA.patience'];
const planted = {
  runs: 1200,
  inputs: [...WEST, 'CHN.reservation'],
  // A text only while every one of the three has patience of at least 0.3: an interaction.
  rule: (x: Record<string, number>) => Math.min(...WEST.map((k) => x[k]!)) >= 0.3,
};

describe('forum-sim prim', () => {
  it('finds the planted box on the derived minimum, and says P, coverage and density', async () => {
    writePlantedSweep(at('west.jsonl'), { ...planted, failed: [7] });
    const r = await runMain(['prim', at('west.jsonl'), '--derive', 'minWest=min(AUS,JPN,USA).patience']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1199 runs of planted');
    expect(r.out).toContain('Left out: 1 runs that failed');
    expect(r.out).toMatch(/Box: P\(consensus-text\) = 1\.00 when minWest >= 0\.3\d*\n/);
    expect(r.out).toMatch(/coverage 1\.00 .*density 1\.00/);
    expect(r.out).toContain('Peeling trajectory');
  });

  it('--json: the box as data, with the report chart, the same for lines in any order', async () => {
    writePlantedSweep(at('ordered.jsonl'), planted);
    const shuffled = Array.from({ length: planted.runs }, (_, i) => (i * 7919) % planted.runs);
    writePlantedSweep(at('shuffled.jsonl'), { ...planted, order: shuffled });
    const args = ['--derive', 'minWest=min(AUS,JPN,USA).patience', '--json'];
    const [a, b] = [
      await runMain(['prim', at('ordered.jsonl'), ...args]),
      await runMain(['prim', at('shuffled.jsonl'), ...args]),
    ];
    const [ja, jb] = [JSON.parse(a.out), JSON.parse(b.out)];
    expect({ ...ja, file: '' }).toEqual({ ...jb, file: '' });
    expect(ja.chosen.restrictions.map((r: { input: string }) => r.input)).toEqual(['minWest']);
    expect(ja.chosen.restrictions[0].min).toBeGreaterThanOrEqual(0.3);
    expect(ja.chosen.restrictions[0].min).toBeLessThan(0.32);
    expect(ja.chart.kind).toBe('prim');
    expect(ja.chart.chosen.restrictions).toEqual([ja.chosen.restrictions[0].text]);
    expect(ja.chart.trajectory.length).toBe(ja.trajectory.length);
  });

  it('without the derived input it still confines every member of the group', async () => {
    writePlantedSweep(at('plain.jsonl'), planted);
    const j = JSON.parse((await runMain(['prim', at('plain.jsonl'), '--json'])).out);
    expect(j.chosen.restrictions.map((r: { input: string }) => r.input)).toEqual(WEST);
  });

  it('--outcome takes a product; a bad option or file is exit 2 with a clean message', async () => {
    writePlantedSweep(at('o.jsonl'), planted);
    const product = await runMain(['prim', at('o.jsonl'), '--outcome', 'chair-statement', '--json']);
    expect(JSON.parse(product.out).outcome).toBe('chair-statement');
    for (const argv of [
      ['prim', at('o.jsonl'), '--outcome', 'joint-text'],
      ['prim', at('o.jsonl'), '--derive', 'w=median(AUS,JPN).patience'],
      ['prim', at('o.jsonl'), '--derive', 'w=min(AUS,FRA).patience'],
      ['prim', at('o.jsonl'), '--alpha', '0.7'],
      ['prim', at('o.jsonl'), '--threshold', 'high'],
      ['prim', at('missing.jsonl')],
      ['prim'],
    ]) {
      const r = await runMain(argv);
      expectCleanErrors(r);
    }
    const r = await runMain(['prim', at('o.jsonl'), '--derive', 'w=min(AUS,FRA).patience']);
    expect(r.err).toContain('FRA.patience: not a numeric input');
  });
});
