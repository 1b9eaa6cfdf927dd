// `validate` takes what run and backtest take: a built-in id, a folder (its YAML files), or a file;
// and it warns when a forum that calls itself a summit leaves `level` to the ministers' default.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, SCENARIOS } from './helpers.js';

const G20 = readFileSync(join(SCENARIOS, 'g20-fmm-2022.yaml'), 'utf8');

/** The G20 foreign ministers' file under another name and level line, in a fresh folder. */
function forumFile(name: string, level: string | null, kind = 'g20-fmm'): string {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-level-'));
  const file = join(dir, 'forum.yaml');
  const text = G20.replace(/^name: .*$/m, `name: ${name}${level ? `\nlevel: ${level}` : ''}`).replace(
    /^kind: .*$/m,
    `kind: ${kind}`,
  );
  writeFileSync(file, text);
  return file;
}

describe('validate NAME', () => {
  it('a built-in id is its forum file', async () => {
    const r = await runMain(['validate', 'arf-2022']);
    expect(r).toMatchObject({ code: 0, err: '', out: 'ok  arf-2022 (forum)' });
  });

  it('a folder is every YAML file in it, in order, each reported', async () => {
    const record = join(SCENARIOS, 'record');
    const r = await runMain(['validate', record]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines[0]).toBe(`ok  ${join(record, 'amm-2012-07.yaml')} (forum)`);
    expect(lines).toEqual([...lines].sort());
  });

  it('an unknown id gets the built-in ids and a suggestion; a folder without YAML says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'forum-sim-empty-'));
    mkdirSync(join(empty, 'sub'));
    const r = await runMain(['validate', 'arf-2023', empty]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      expect.stringMatching(/^forum-sim: arf-2023: unknown scenario; .*\(did you mean "arf-2022"\?\)/),
      `forum-sim: ${empty}: no .yaml files in this folder`,
      'forum-sim: 2 of 2 file(s) invalid',
    ]);
  });
});

describe('validate: a summit left at the default level', () => {
  it('warns, naming the file, the field and what to set, and still exits 0', async () => {
    const file = forumFile('17th East Asia Summit', null);
    const r = await runMain(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`ok  ${file} (forum)`);
    expect(r.errLines).toEqual([
      `forum-sim: warning: ${file}:3:7: level: not set, so this runs as a ministers' meeting; its name says "Summit": set level: leaders`,
    ]);
  });

  it('warns when the kind says so', async () => {
    const file = forumFile('ASEAN-U.S. Special Meeting', null, 'asean-us-summit');
    const r = await runMain(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /: level: not set, so this runs as a ministers' meeting; its kind says "summit": set level: leaders$/,
      ),
    ]);
  });

  it('says nothing when level is set, or when the name says who meets below leaders', async () => {
    for (const file of [
      forumFile('17th East Asia Summit', 'leaders'),
      forumFile('12th East Asia Summit Foreign Ministers Meeting', null),
      forumFile('G20 Foreign Ministers Meeting', null),
    ]) {
      const r = await runMain(['validate', file]);
      expect(r, file).toMatchObject({ code: 0, err: '' });
    }
  });
});

describe('run --explain: the level, and whether the file set it', () => {
  const levelLine = async (...argv: string[]) =>
    (await runMain(['run', ...argv, '--explain'])).out.split('\n').find((l) => l.startsWith('  level '));

  it('a file without level: ministers, said to be the default', async () => {
    expect(await levelLine('arf-2022')).toMatch(/^ {2}level ministers \(the default: the file does not set level\), /);
  });

  it('a level set in the file or by --set is not called a default', async () => {
    expect(await levelLine(forumFile('G20 Foreign Ministers Meeting', 'ministers'))).toMatch(/^ {2}level ministers, /);
    expect(await levelLine('arf-2022', '--set', 'forum.level=leaders')).toMatch(/^ {2}level leaders, /);
  });
});
