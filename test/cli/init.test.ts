// `forum-sim init` and `forum-sim schema`: a starting forum that validates and runs from any folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, FIXTURES, runBin, runMain, SCENARIOS } from './helpers.js';

// Each real-binary test spawns up to three processes; a busy machine needs a generous ceiling.
const BIN_TIMEOUT = 120_000;

const tempDir = () => mkdtempSync(join(tmpdir(), 'forum-sim-init-'));
const modeline = (text: string) => /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];

describe('forum-sim init', () => {
  it(
    'init my.yaml --from arf-2022 && validate my.yaml && run my.yaml works in a folder of its own (real binary)',
    () => {
      const cwd = tempDir();
      const init = runBin(['init', 'my.yaml', '--from', 'arf-2022'], { cwd });
      expect(init.err).toBe('');
      expect(init.code).toBe(0);
      expect(init.out).toContain('wrote my.yaml (a copy of arf-2022)');
      const validate = runBin(['validate', 'my.yaml'], { cwd });
      expect([validate.code, validate.out.trim(), validate.err]).toEqual([0, 'ok  my.yaml (forum)', '']);
      const run = runBin(['run', 'my.yaml'], { cwd });
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^29th ASEAN Regional Forum \(my\), 2022-08-05/);
      expect(run.out).toContain('Outcome:');
    },
    BIN_TIMEOUT,
  );

  it('the copy spells out the walkouts and lobbying it inherits, points at the schema by an absolute path, and drops the backtest record', async () => {
    const dir = tempDir();
    const file = join(dir, 'G20 copy.yaml');
    expect((await runMain(['init', file, '--from', 'g20-fmm-2022'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const schema = modeline(text)!;
    expect(isAbsolute(schema) && existsSync(schema)).toBe(true);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(text).toMatch(/^#   USA walks out when RUS speaks, with probability [\d.]+$/m);
    expect(text).toMatch(/^#   USA lobbies .+ with promises-and-threats, strength 0\.5/m);
    expect(text).toContain('lobbying: none');
    expect(text).toMatch(/^id: g20-copy$/m);
    expect(text).not.toMatch(/^expected:/m);
    expect(readFileSync(join(SCENARIOS, 'g20-fmm-2022.yaml'), 'utf8')).toMatch(/^expected:/m);
    expect((await runMain(['validate', file])).code).toBe(0);
  });

  it('a copy of a forum with its own catalogue gets that catalogue as an absolute path', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    const source = join(dir, 'src/forum.yaml');
    const catalogue = relative(join(dir, 'src'), join(FIXTURES, 'catalogue'));
    writeFileSync(
      source,
      readFileSync(join(FIXTURES, 'valid-forum.yaml'), 'utf8').replace(/^catalogue: .*$/m, `catalogue: ${catalogue}`),
    );
    expect((await runMain(['validate', source])).code).toBe(0);
    const copy = join(dir, 'copy.yaml');
    expect((await runMain(['init', copy, '--from', source])).code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toMatch(/^catalogue: "?\//m);
    expect((await runMain(['validate', copy])).code).toBe(0);
  });

  it(
    'without --from: a minimal forum that validates and runs, with what its delegations bring spelled out',
    () => {
      const cwd = tempDir();
      expect(runBin(['init', 'mine.yaml'], { cwd }).code).toBe(0);
      const text = readFileSync(join(cwd, 'mine.yaml'), 'utf8');
      expect(text).toMatch(/^#   USA walks out when RUS speaks/m);
      expect(text).not.toMatch(/^catalogue:/m);
      expect(runBin(['validate', 'mine.yaml'], { cwd }).code).toBe(0);
      const run = runBin(['run', 'mine.yaml'], { cwd });
      expect([run.code, run.err]).toEqual([0, '']);
    },
    BIN_TIMEOUT,
  );

  it('never overwrites: exit 2, one clear line, the file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'taken.yaml');
    writeFileSync(file, 'mine\n');
    const result = await runMain(['init', file, '--from', 'arf-2022']);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: ${file}: already exists; init never overwrites a file (choose another name, or remove it first)`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('bad input: no FILE, an unknown --from, a missing folder', async () => {
    expectCleanErrors(await runMain(['init']));
    const dir = tempDir();
    const unknown = await runMain(['init', join(dir, 'x.yaml'), '--from', 'arf-2021']);
    expectCleanErrors(unknown);
    expect(unknown.err).toContain('did you mean "arf-2022"');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
    const nowhere = await runMain(['init', join(dir, 'no/such/x.yaml')]);
    expectCleanErrors(nowhere);
    expect(nowhere.err).toContain('cannot be written: no folder');
  });
});

describe('forum-sim schema', () => {
  it('prints the JSON Schema, the same as scenarios/schema.json', async () => {
    const result = await runMain(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(JSON.parse(readFileSync(join(SCENARIOS, 'schema.json'), 'utf8')));
  });

  it('--path prints its absolute path, which init writes into the modeline', async () => {
    const result = await runMain(['schema', '--path']);
    expect(result.out).toBe(join(SCENARIOS, 'schema.json'));
    const dir = tempDir();
    await runMain(['init', join(dir, 'a.yaml')]);
    expect(modeline(readFileSync(join(dir, 'a.yaml'), 'utf8'))).toBe(result.out);
  });

  it('every field of the forum, profile and issue files has a title or a description', () => {
    const schema = JSON.parse(readFileSync(join(SCENARIOS, 'schema.json'), 'utf8')) as {
      $defs: Record<string, unknown>;
    };
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!value.description && !value.title) missing.push(`${at}.${key}`);
        walk(value, `${at}.${key}`);
      }
      for (const key of ['items', 'additionalProperties', 'anyOf', 'prefixItems']) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c) => walk(c, at));
        else walk(child, at);
      }
    };
    for (const [name, def] of Object.entries(schema.$defs)) walk(def, name);
    expect(missing).toEqual([]);
  });

  it('--help for init and schema', async () => {
    expect((await runMain(['init', '--help'])).out).toContain(
      'forum-sim init my.yaml --from arf-2022 && forum-sim validate my.yaml && forum-sim run my.yaml',
    );
    expect((await runMain(['schema', '--help'])).out).toContain('--path');
    expect((await runMain(['--help'])).out).toMatch(/forum-sim init FILE/);
  });
});
