// `forum-sim sweep` and `forum-sim merge` in-process: output formats, the --out file, shards
// merged, resume checks, replaying a line with `run --inputs`, and bad input (exit 2).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupBlockers, sweepRecord } from '../../src/analysis/sweepLine.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sweep-'));
const at = (name: string) => join(dir, name);
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
const SWEEP = ['sweep', 'arf-2022', '--runs', '12', '--seed', '3', '--workers', '1'];

describe('forum-sim sweep', () => {
  it('prints the odds with their intervals, rounds, wording, blockers and the baseline', async () => {
    const r = await runMain(SWEEP);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^arf-2022: 12 of 12 runs \(master seed 3\)/);
    expect(r.out).toMatch(/^ {2}chair-statement +\d+\.\d% +\[ *\d+\.\d%, +\d+\.\d%\] +\d+/m);
    expect(r.out).toMatch(/^Rounds: mean \d+\.\d\d, p50 \d+, p90 \d+$/m);
    for (const part of ['Wording adopted per paragraph', 'Most frequent blockers', 'Compromise baseline'])
      expect(r.out).toContain(part);
  });

  it('--json and --csv carry the same figures', async () => {
    const json = JSON.parse((await runMain([...SWEEP, '--json'])).out);
    const csv = (await runMain([...SWEEP, '--csv'])).out.split('\n');
    expect(csv[0]).toBe('section,item,runs,share,ci95_low,ci95_high,value');
    for (const o of json.outcomes) expect(csv).toContain(`outcome,${o.outcome},${o.runs},${o.p},${o.lo},${o.hi},`);
    expect(csv).toContain(`rounds,p90,,,,,${json.rounds.p90}`);
    expect(json).toMatchObject({ schemaVersion: 1, scenario: 'arf-2022', seed: '3', runs: 12, completed: 12 });
  });

  it('reports consensus-text beside the product: at the ARF, a text agreed beside the chair statement', async () => {
    // A consensus text tabled beside the chair's statement every time (model v3's habit says 1 in 20), Russia not spared by its standing.
    const west = [
      ...['AUS', 'CAN', 'EU', 'JPN', 'USA'].flatMap((id) => ['--set', `${id}.patience=1`]),
      ...['--set', 'forum.habit.separateText=1', '--set', 'forum.mechanisms.standing=off'],
    ];
    const json = JSON.parse((await runMain([...SWEEP, ...west, '--json'])).out);
    const share = (outcome: string) => json.outcomes.find((o: { outcome: string }) => o.outcome === outcome);
    expect(share('joint-statement').runs).toBe(0);
    expect(share('chair-statement').runs).toBe(12);
    expect(json.consensusText.runs).toBeGreaterThan(0);
    expect(json.consensusText.runs).toBe(json.adopted);
    expect(json.consensusText.p).toBe(json.consensusText.runs / 12);
    const csv = (await runMain([...SWEEP, ...west, '--csv'])).out.split('\n');
    const t = json.consensusText;
    expect(csv).toContain(`event,consensus-text,${t.runs},${t.p},${t.lo},${t.hi},`);
    const text = (await runMain([...SWEEP, ...west])).out;
    expect(text).toMatch(
      new RegExp(
        `^ {2}consensus-text +\\d+\\.\\d% +\\[ *\\d+\\.\\d%, +\\d+\\.\\d%\\] +${t.runs} +\\(a text agreed`,
        'm',
      ),
    );
  });

  it('writes a header and one line per run; merged shards give the unsharded summary', async () => {
    const whole = await runMain([...SWEEP, '--json', '--out', at('whole.jsonl')]);
    expect(whole.code).toBe(0);
    const written = lines(at('whole.jsonl')).map((l) => JSON.parse(l));
    expect(written[0]).toMatchObject({ forumSimSweep: 2, scenario: 'arf-2022', seed: '3', runs: 12, shard: null });
    expect(written.slice(1).map((l) => l.run)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const k of [1, 2, 3])
      expect((await runMain([...SWEEP, '--shard', `${k}/3`, '--out', at(`part${k}.jsonl`)])).code).toBe(0);
    const merged = await runMain(['merge', at('part3.jsonl'), at('part1.jsonl'), at('part2.jsonl'), '--json']);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
    const partial = await runMain(['merge', at('part1.jsonl')]);
    expect(partial.err).toContain('hold 4 of the sweep');
    const shard = await runMain([...SWEEP, '--shard', '2/3']);
    expect(shard.out).toContain('shard 2/3: runs 4 to 7;');
  });

  it('a line of the file replays exactly with run --inputs', async () => {
    const file = at('replay.jsonl');
    await runMain([...SWEEP, '--vary', 'KHM.patience=0.1:0.4:0.9', '--set', 'forum.roundLimit=4', '--out', file]);
    const line = lines(file)[6]!;
    const record = JSON.parse(line);
    expect(record.inputs.overrides).toEqual({ 'forum.roundLimit': '4', 'KHM.patience': '0.1:0.4:0.9' });
    writeFileSync(at('line.json'), line);
    const replay = JSON.parse((await runMain(['run', 'arf-2022', '--inputs', at('line.json'), '--json'])).out);
    const fresh = JSON.parse(
      (
        await runMain([
          'run',
          'arf-2022',
          '--seed',
          record.inputs.seed,
          '--set',
          'forum.roundLimit=4',
          '--set',
          'KHM.patience=0.1:0.4:0.9',
          '--json',
        ])
      ).out,
    );
    // The line keeps the draws of the varied parameter only; replay draws the rest again.
    expect(record.inputs.drawn).toEqual({ 'KHM.patience': replay.inputs.drawn['KHM.patience'] });
    expect(replay.inputs).toMatchObject(record.inputs);
    expect({ outcome: replay.outcome, rounds: replay.rounds, blockers: groupBlockers(replay.blockers) }).toEqual({
      outcome: record.result.outcome,
      rounds: record.result.rounds,
      blockers: record.result.blockers,
    });
    expect(replay).toEqual(fresh);
  });

  it('an error line replays with run --inputs too (its seed and overrides; the values are drawn again)', async () => {
    const arf = loadScenario('arf-2022');
    const record = sweepRecord(arf, { 'forum.roundLimit': '4' }, '3', 5, () => {
      throw new Error('a bug');
    });
    writeFileSync(at('error.json'), JSON.stringify(record));
    const replay = await runMain(['run', 'arf-2022', '--inputs', at('error.json'), '--json']);
    expect(replay.code, replay.err).toBe(0);
    const fresh = await runMain(['run', 'arf-2022', '--seed', '3/5', '--set', 'forum.roundLimit=4', '--json']);
    expect(replay.out).toBe(fresh.out);
  });

  it('--resume adds the missing runs only, and refuses the file of another sweep', async () => {
    const file = at('resume.jsonl');
    const full = await runMain([...SWEEP, '--json', '--out', file]);
    const kept = lines(file).filter((_, i) => i === 0 || i % 3 !== 0);
    writeFileSync(file, kept.join('\n') + '\n' + '{"run": 11, "scen'); // and a line cut short
    const resumed = await runMain([...SWEEP, '--json', '--out', file, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.err).toContain('cut short');
    expect(resumed.out).toBe(full.out);
    expect(lines(file)).toHaveLength(13);
    const before = readFileSync(file, 'utf8');
    const other = await runMain([...SWEEP, '--seed', '4', '--out', file, '--resume']);
    expectCleanErrors(other);
    expect(other.err).toContain('written by another sweep (seed: "3" vs "4")');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('bad input to sweep and merge: exit 2, a clear line, nothing overwritten', () => {
  const cases: [string[], string][] = [
    [['--runs', '0'], '--runs expects a whole number from 1'],
    [['--workers', 'x'], '--workers expects a whole number'],
    [['--shard', '3/2'], '--shard expects K/N with 1 <= K <= N'],
    [['--shard', '2/20'], 'more shards than runs'],
    [['--vary', 'KHM.patience=0.5'], 'expected LO:MODE:HI numbers'],
    [['--vary', 'forum.noise=0:0.1:0.2'], "--vary expects ACTOR.PARAMETER=LO:MODE:HI on a delegation's numeric"],
    [['--vary', 'KHM.patience=0.6:0.4:0.9'], 'LO <= MODE <= HI'],
    [['--vary', 'XXX.patience=0.1:0.4:0.9'], 'XXX'],
    [['--json', '--csv'], '--json and --csv are alternatives'],
    [['--resume'], '--resume needs --out FILE'],
    [['--resume', '--out', join(tmpdir(), 'no-such-sweep.jsonl')], 'no such regular file'],
  ];
  for (const [flags, message] of cases)
    it(`${flags.join(' ')}`, async () => {
      const r = await runMain([...SWEEP, ...flags]);
      expectCleanErrors(r);
      expect(r.err).toContain(message);
    });

  it('--out onto an existing file without --resume leaves it untouched', async () => {
    writeFileSync(at('mine.txt'), 'precious\n');
    const r = await runMain([...SWEEP, '--out', at('mine.txt')]);
    expectCleanErrors(r);
    expect(r.err).toContain('never overwrites');
    expect(readFileSync(at('mine.txt'), 'utf8')).toBe('precious\n');
  });

  it('merge refuses files of different sweeps, a run given twice, and a file that is not a sweep', async () => {
    await runMain([...SWEEP, '--shard', '1/2', '--out', at('a1.jsonl')]);
    await runMain([...SWEEP, '--seed', '9', '--shard', '2/2', '--out', at('b2.jsonl')]);
    const different = await runMain(['merge', at('a1.jsonl'), at('b2.jsonl')]);
    expectCleanErrors(different);
    expect(different.err).toContain('not a part of the same sweep');
    const twice = await runMain(['merge', at('a1.jsonl'), at('a1.jsonl')]);
    expectCleanErrors(twice);
    expect(twice.err).toContain('run 0 is also in an earlier file');
    writeFileSync(at('junk.jsonl'), '{"hello": 1}\n');
    const junk = await runMain(['merge', at('junk.jsonl')]);
    expectCleanErrors(junk);
    expect(junk.err).toContain('junk.jsonl:1: not a sweep file');
    writeFileSync(at('badline.jsonl'), lines(at('a1.jsonl'))[0] + '\n{"run": 2, "scenario": "arf-2022"}\n');
    const badLine = await runMain(['merge', at('badline.jsonl')]);
    expectCleanErrors(badLine);
    expect(badLine.err).toContain('badline.jsonl:2: inputs: expected');
    const header = JSON.parse(lines(at('a1.jsonl'))[0]!);
    writeFileSync(at('huge.jsonl'), JSON.stringify({ ...header, runs: 1e12 }) + '\n');
    const huge = await runMain(['merge', at('huge.jsonl')]);
    expectCleanErrors(huge);
    expect(huge.err).toContain('huge.jsonl:1: header: runs: expected a whole number from 1 to 100000000');
    expectCleanErrors(await runMain(['merge']));
  });
});
