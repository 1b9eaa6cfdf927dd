// The real executable (bin/forum-sim.js through tsx): exit codes, streams, determinism, and that it
// writes nothing. How fast it starts is measured by the bench (`npm run bench`), not asserted here. Spawns are ~0.5 s each, so the cases are grouped.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bad, BIN, expectCleanErrors, FIXTURES, ROOT, runBin, SCENARIOS, snapshotTree } from './helpers.js';

// An empty working folder: whatever the binary wrote relative to its cwd would show up here.
const cwd = mkdtempSync(join(tmpdir(), 'forum-sim-cli-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// Each spawn starts tsx; on a busy machine that takes seconds, so the ceiling is generous.
describe('the real binary', { timeout: 180_000 }, () => {
  it('run --json is byte-identical for the same seed, and writes nothing', () => {
    const before = snapshotTree(SCENARIOS);
    const first = runBin(['run', 'arf-2022', '--seed', '7', '--json'], { cwd });
    const second = runBin(['run', 'arf-2022', '--seed', '7', '--json'], { cwd });
    const text = runBin(['run', 'arf-2022'], { cwd });

    for (const r of [first, second, text]) {
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    expect(first.out.length).toBeGreaterThan(1000);
    expect(second.out).toBe(first.out);
    const json = JSON.parse(first.out) as { scenario: string; seed: string; inputs: { seed: string } };
    expect([json.scenario, json.seed, json.inputs.seed]).toEqual(['arf-2022', '7', '7']);
    expect(text.out).toMatch(/^29th ASEAN Regional Forum \(arf-2022\)/);

    expect(readdirSync(cwd)).toEqual([]);
    expect(snapshotTree(SCENARIOS)).toEqual(before);
  });

  it('--version prints the package.json version on stdout', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runBin(['--version'], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
    expect(r.err).toBe('');
  });

  it('validate with several bad files: exit 2, each file and field named on stderr, no stack trace, nothing written', () => {
    const before = snapshotTree(FIXTURES);
    const files = ['malformed.yaml', 'missing-field.yaml', 'unknown-actor.yaml', 'empty.yaml'].map(bad);
    const r = runBin(['validate', ...files, join(SCENARIOS, 'arf-2022.yaml')], { cwd });
    expectCleanErrors(r);
    expect(r.err).toContain(`forum-sim: ${bad('malformed.yaml')}:5:1: malformed YAML: `);
    expect(r.err).toContain(`forum-sim: ${bad('missing-field.yaml')}:2:1: fallback: missing required field`);
    expect(r.err).toContain(
      `forum-sim: ${bad('unknown-actor.yaml')}:8:21: participants.1: unknown actor "BBBB" (did you mean "BBB"?)`,
    );
    expect(r.err).toContain(`forum-sim: ${bad('empty.yaml')}: is empty, expected a YAML mapping`);
    expect(r.errLines.at(-1)).toBe('forum-sim: 4 of 5 file(s) invalid');
    // The good file is still reported as good.
    expect(r.out).toBe(`ok  ${join(SCENARIOS, 'arf-2022.yaml')} (forum)\n`);
    expect(snapshotTree(FIXTURES)).toEqual(before);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('validate of every shipped file exits 0', () => {
    const files = readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(SCENARIOS, f));
    const actors = readdirSync(join(SCENARIOS, 'actors')).map((f) => join(SCENARIOS, 'actors', f));
    const r = runBin(['validate', ...files, ...actors], { cwd });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(files.length + actors.length);
  });

  it('a bad --set and an unknown command: exit 2, one clean line each', () => {
    const set = runBin(['run', 'arf-2022', '--set', 'USA.reservation=2'], { cwd });
    expectCleanErrors(set);
    expect(set.out).toBe('');
    expect(set.err).toBe('forum-sim: --set: USA.reservation: expected a number from 0 to 1, got 2\n');

    const command = runBin(['lst'], { cwd });
    expectCleanErrors(command);
    expect(command.errLines[0]).toBe('forum-sim: unknown command "lst" (did you mean "list"?)');
  });

  it('the binary is the one package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin['forum-sim']!)).toBe(BIN);
  });
});
