// `forum-sim design` and `forum-sim sobol` in-process: the design's file (format 3, the point's
// values in each line's overrides, common seeds), replay, the same file and indices on 1 or 2
// workers and across 2 shards, and bad input (exit 2).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designPoints } from '../../src/analysis/design/design.js';
import { sobolAnalysis } from '../../src/analysis/design/sobolFile.js';
import { sobolChart } from '../../src/analysis/design/sobolChart.js';
import { runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-design-'));
const at = (name: string) => join(dir, name);
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
// Where the Western delegations can agree a text: P(consensus text) moves with their patience.
const FORUM = ['--set', 'forum.habit.separateText=1', '--set', 'forum.mechanisms.standing=off'];
const SOBOL = [
  'design',
  'arf-2022',
  ...FORUM,
  '--factor',
  'USA.patience=0.2..1',
  '--factor',
  'forum.roundLimit=3..8',
  '--kind',
  'sobol',
  '--samples',
  '3',
  '--runs-per-point',
  '2',
  '--seed',
  '5',
];

describe('forum-sim design', () => {
  it('writes a format-3 sweep file: the design in its header, each run the point and a common seed', async () => {
    const r = await runMain([...SOBOL, '--workers', '1', '--out', at('whole.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^arf-2022: 24 of 24 runs/);
    const [head, ...runs] = lines(at('whole.jsonl')).map((line) => JSON.parse(line));
    expect(head).toMatchObject({ forumSimSweep: 3, runs: 24, vary: {} });
    expect(head.design).toMatchObject({ kind: 'sobol', samples: 3, runsPerPoint: 2, points: 12 });
    expect(head.design.factors).toEqual([
      { path: 'USA.patience', lo: 0.2, hi: 1, whole: false },
      { path: 'forum.roundLimit', lo: 3, hi: 8, whole: true },
    ]);
    const points = designPoints(head.design, '5');
    expect(runs).toHaveLength(24);
    for (const run of runs) {
      expect(run.inputs.overrides).toEqual({
        'forum.habit.separateText': '1',
        'forum.mechanisms.standing': 'off',
        ...points[Math.floor(run.run / 2)],
      });
      expect(run.inputs.seed).toBe(`5/${run.run % 2}`);
    }
  });

  it('a line replays with run --inputs', async () => {
    const record = JSON.parse(lines(at('whole.jsonl'))[7]!);
    writeFileSync(at('line.json'), JSON.stringify(record));
    const replay = JSON.parse((await runMain(['run', 'arf-2022', '--inputs', at('line.json'), '--json'])).out);
    expect(replay.outcome).toBe(record.result.outcome);
    expect(replay.rounds).toBe(record.result.rounds);
    expect(replay.inputs.overrides).toEqual(record.inputs.overrides);
  });

  it('gives the same file on 2 workers, and the same indices from 2 shards', async () => {
    expect((await runMain([...SOBOL, '--workers', '2', '--out', at('two.jsonl')])).code).toBe(0);
    expect(readFileSync(at('two.jsonl'), 'utf8')).toBe(readFileSync(at('whole.jsonl'), 'utf8'));
    for (const shard of ['1/2', '2/2'])
      expect(
        (await runMain([...SOBOL, '--workers', '1', '--shard', shard, '--out', at(`s${shard[0]}.jsonl`)])).code,
      ).toBe(0);
    const whole = await runMain(['sobol', at('whole.jsonl'), '--json', '--bootstrap', '50']);
    const shards = await runMain(['sobol', at('s1.jsonl'), at('s2.jsonl'), '--json', '--bootstrap', '50']);
    expect(whole.code).toBe(0);
    expect(shards.out).toBe(whole.out);
    const json = JSON.parse(whole.out);
    expect(json).toMatchObject({ scenario: 'arf-2022', outcome: 'consensus-text', baseRows: 3, usedRows: 3, runs: 24 });
    expect(json.rows.map((r: { parameter: string }) => r.parameter)).toEqual(['USA.patience', 'forum.roundLimit']);
    // One shard alone: the base rows it lacks are left out, and said so.
    const half = await runMain(['sobol', at('s1.jsonl'), '--json', '--bootstrap', '10']);
    expect(half.err).toMatch(/base samples lack a point's runs/);
  });

  it('gives the library analysis as the report chart data', () => {
    const analysis = sobolAnalysis([at('whole.jsonl')], { bootstrap: 20 });
    const chart = sobolChart(analysis);
    expect(chart.kind).toBe('sobol');
    expect(chart.rows.map((r) => r.parameter)).toEqual(['USA.patience', 'forum.roundLimit']);
    for (const row of chart.rows) {
      expect(row.firstLo).toBeLessThanOrEqual(row.firstHi);
      expect(row.totalLo).toBeLessThanOrEqual(row.totalHi);
    }
  });

  it('runs a factorial design: every combination in the file, in order', async () => {
    const factorial = await runMain([
      'design',
      'arf-2022',
      '--factor',
      'forum.roundLimit=3..5',
      '--factor',
      'forum.chair=KHM,SGP',
      '--kind',
      'factorial',
      '--runs-per-point',
      '1',
      '--workers',
      '1',
      '--out',
      at('factorial.jsonl'),
    ]);
    expect(factorial.code).toBe(0);
    const seen = lines(at('factorial.jsonl'))
      .slice(1)
      .map((line) => JSON.parse(line).inputs.overrides)
      .map((o) => `${o['forum.roundLimit']}/${o['forum.chair']}`);
    expect(seen).toEqual(['3/KHM', '3/SGP', '4/KHM', '4/SGP', '5/KHM', '5/SGP']);
  });

  it('refuses bad input with exit 2 and a message naming the option', async () => {
    const base = ['design', 'arf-2022', '--out', at('never.jsonl')];
    const cases: Array<[string[], RegExp]> = [
      [[...base, '--factor', 'USA.patience=0..1'], /--kind is needed/],
      [[...base, '--kind', 'lhs'], /--factor PATH=LO\.\.HI/],
      [[...base, '--kind', 'lhs', '--factor', 'USA.patience=1..0'], /LO < HI/],
      [[...base, '--kind', 'lhs', '--factor', 'USA.patience=0..3'], /--factor.*USA\.patience/],
      [[...base, '--kind', 'lhs', '--factor', 'USA.nonsense=0..1'], /USA\.nonsense/],
      [[...base, '--kind', 'factorial', '--samples', '4', '--factor', 'USA.patience=0..1'], /--samples is for lhs/],
      [[...base, '--kind', 'cube', '--factor', 'USA.patience=0..1'], /--kind expects one of/],
      [['design', 'arf-2022', '--kind', 'lhs', '--factor', 'USA.patience=0..1'], /--out FILE/],
      [['sobol', at('factorial.jsonl')], /not a sobol design/],
      [['sobol', at('whole.jsonl'), '--outcome', 'won'], /--outcome expects one of/],
    ];
    for (const [argv, message] of cases) {
      const r = await runMain(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
