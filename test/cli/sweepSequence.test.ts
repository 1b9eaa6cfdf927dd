// `sweep SEQUENCE` and `merge` of its files through the CLI: the same summary on 1 or 2 workers,
// shards merged equal the whole sweep, --resume completes a cut file to the whole one, a file of
// another sweep or a forum's sweep is refused, and forum-only options are usage errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepCommand } from '../../src/cli/sweepCommand.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'seq-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUNS = ['--runs', '6', '--seed', '4'];
const sweep = (...args: string[]) => runMain(['sweep', 'phnom-penh-2022', ...RUNS, ...args]);

describe('sweep SEQUENCE', () => {
  it('gives the same summary on one worker or two, and its text names each meeting and the conditional odds', async () => {
    const one = await sweep('--workers', '1', '--json');
    const two = await sweep('--workers', '2', '--json');
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const json = JSON.parse(one.out) as { completed: number; meetings: { id: string }[]; conditional: unknown[] };
    expect(json.completed).toBe(6);
    expect(json.meetings.map((m) => m.id)).toEqual(['amm-2022', 'asean-russia-2022', 'eas-fmm-2022', 'arf-2022']);
    expect(json.conditional).toHaveLength(12);
    const text = await sweep('--workers', '1', '--given', 'asean-russia-2022=consensus-text');
    expect(text.out).toMatch(/^phnom-penh-2022: 6 of 6 chains \(master seed 4; chain i on seed 4\/i\)/);
    expect(text.out).toMatch(/\nGiven asean-russia-2022=consensus-text:\n {2}P\(amm-2022 /);
  }, 180_000);

  it('--out: one line per chain; the shards merged give the whole sweep; --resume completes a cut file', async () => {
    const whole = join(dir, 'whole.jsonl');
    const ran = await sweep('--workers', '2', '--out', whole, '--json');
    expect(ran.code).toBe(0);
    const lines = readFileSync(whole, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'sequence', sequence: 'phnom-penh-2022', runs: 6 });
    expect(lines.slice(1).map((l) => (JSON.parse(l) as { run: number; seed: string }).seed)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `4/${i}`),
    );
    const shards = [join(dir, 's1.jsonl'), join(dir, 's2.jsonl')];
    for (const [i, file] of shards.entries())
      expect((await sweep('--workers', '1', '--shard', `${i + 1}/2`, '--out', file)).code).toBe(0);
    const merged = await runMain(['merge', ...shards, '--json']);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(ran.out);
    // Killed after two chains and half a line: --resume runs the rest, and the file is the whole one.
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, [...lines.slice(0, 3), lines[3]!.slice(0, 40)].join('\n'));
    const resumed = await sweep('--workers', '1', '--out', cut, '--resume', '--json');
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(/line 4 was cut short/);
    expect(resumed.out).toBe(ran.out);
    expect(readFileSync(cut, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  }, 240_000);

  it('refuses an existing file, a file of another sweep, and merging with a forum sweep file', async () => {
    const file = join(dir, 'own.jsonl');
    expect((await sweep('--workers', '1', '--out', file)).code).toBe(0);
    const again = await sweep('--workers', '1', '--out', file);
    expectCleanErrors(again);
    expect(again.err).toMatch(/the file exists/);
    const other = await sweep('--workers', '1', '--out', file, '--resume', '--set', 'carry=off');
    expectCleanErrors(other);
    expect(other.err).toMatch(/written by another sweep \(overrides: /);
    const forum = join(dir, 'forum.jsonl');
    expect((await runMain(['sweep', 'arf-2022', '--runs', '2', '--workers', '1', '--out', forum])).code).toBe(0);
    const mixed = await runMain(['merge', file, forum]);
    expectCleanErrors(mixed);
    expect(mixed.err).toMatch(/forum\.jsonl.*not a sequence sweep file/);
    const forumFirst = await runMain(['merge', forum, file]);
    expectCleanErrors(forumFirst);
    expect(forumFirst.err).toMatch(/own\.jsonl.*a sequence's sweep file \(kind: sequence\), not a forum's/);
  }, 180_000);

  it('Ctrl-C keeps the header and every finished chain (exit 130); --resume then completes the file', async () => {
    const file = join(dir, 'stopped.jsonl');
    const [out, err]: [string[], string[]] = [[], []];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const argv = ['phnom-penh-2022', ...RUNS, '--workers', '1', '--out', file];
    const code = await sweepCommand(argv, io, { signal: AbortSignal.abort(), progress: null });
    expect(code).toBe(130);
    expect(err.join('\n')).toMatch(/interrupted after 0 chains; .*stopped\.jsonl holds every finished chain/);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(await sweepCommand([...argv, '--resume'], io, { progress: null })).toBe(0);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(7);
  }, 120_000);

  it("names the forum sweep's options a sequence has no use for, and --given on a forum", async () => {
    const vary = await sweep('--vary', 'USA.patience=0.1:0.2:0.3');
    expectCleanErrors(vary);
    expect(vary.err).toMatch(/--vary is for a forum's sweep, not a sequence's/);
    const given = await runMain(['sweep', 'arf-2022', '--runs', '2', '--given', 'arf-2022=adopted']);
    expectCleanErrors(given);
    expect(given.err).toMatch(/--given is for a sequence/);
    const badGiven = await sweep('--given', 'arf-2022=agreed');
    expectCleanErrors(badGiven);
    expect(badGiven.err).toMatch(/--given.*unknown event "agreed"/);
  }, 60_000);
});
