// Lobbying off is first class (strength 0, `lobbying: none`, `--set X.lobbying=none`), and an override
// aimed at a delegation that is not seated warns and is ignored.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { applyOverrides } from '../../src/scenario/overrides.js';
import { problemsOf, runMain } from '../cli/helpers.js';

const arf = loadScenario('arf-2022');
const usaLobbies = (overrides: Record<string, string>, seed = '1') =>
  runScenario(arf, { seed, overrides, transcript: true }).transcript.filter(
    (e) =>
      ((e as { actor?: string }).actor === 'USA' && /^(lobby|power)\./.test(e.type)) ||
      (e as { power?: string }).power === 'USA',
  );

describe('lobbying off', () => {
  it('the US lobbies in arf-2022 as it stands (the control)', () => {
    expect(usaLobbies({}).length).toBeGreaterThan(0);
  });

  it.each([['1'], ['2'], ['3'], ['7']])(
    '--set USA.lobbying.strength=0: no approach and no backfire (seed %s), though the draw would widen it',
    (seed) => {
      expect(usaLobbies({ 'USA.lobbying.strength': '0' }, seed)).toEqual([]);
    },
  );

  it('--set USA.lobbying=none: no lobbying at all', () => {
    const off = applyOverrides(arf, { 'USA.lobbying': 'none' });
    expect(off.profiles.USA!.lobbying).toBeNull();
    expect(off.provenance.USA!.lobbying).toBe('override (--set)');
    expect(usaLobbies({ 'USA.lobbying': 'none' })).toEqual([]);
  });

  it('USA.lobbying=anything-else is an error naming both forms', () => {
    expect(problemsOf(() => applyOverrides(arf, { 'USA.lobbying': 'off' }))[0]!.message).toBe(
      'expected USA.lobbying=none or USA.lobbying.<strength|style|targets|issues>=VALUE',
    );
  });

  it("`lobbying: none` in a forum file profile switches off the catalogue profile's lobbying", () => {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-lobby-'));
    const file = join(dir, 'quiet.yaml');
    writeFileSync(
      file,
      `id: quiet
name: Quiet
date: 2022-08-05
kind: arf
host: KHM
chair: KHM
participants: [KHM, IDN, USA, RUS]
fallback: chair-statement
roundLimit: 4
draft: {ukraine: investigation}
profiles:
  USA:
    lobbying: none
`,
    );
    const quiet = loadScenario(file);
    expect(quiet.profiles.USA!.lobbying).toBeNull();
    expect(quiet.profiles.RUS!.lobbying).not.toBeNull();
  });
});

describe('an override aimed at a delegation that is not seated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-norus-'));
  const file = join(dir, 'norus.yaml');
  writeFileSync(
    file,
    `id: norus
name: No Russia
date: 2022-08-05
kind: arf
host: KHM
chair: KHM
participants: [KHM, IDN, USA, CHN]
fallback: chair-statement
roundLimit: 4
draft: {ukraine: investigation}
`,
  );
  const norus = loadScenario(file);

  it('warns and is ignored when a seated profile names it (the US walkout trigger on Russia)', () => {
    const warnings: string[] = [];
    const out = applyOverrides(norus, { 'USA.walkout.RUS': '0', 'USA.reservation': '0.4' }, '--set', (m) =>
      warnings.push(m),
    );
    expect(warnings).toEqual(['--set: USA.walkout.RUS: "RUS" is not seated in norus; ignored']);
    expect(out.profiles.USA!.walkout).toEqual(norus.profiles.USA!.walkout);
    expect(out.profiles.USA!.reservation).toBe(0.4);
  });

  it('still fails for a name no profile knows (a typo)', () => {
    expect(problemsOf(() => applyOverrides(norus, { 'USA.walkout.RUSS': '0' }))[0]!.message).toMatch(
      /^unknown actor "RUSS"/,
    );
  });

  it('run: one warning line on stderr, exit code 0', async () => {
    const result = await runMain(['run', file, '--set', 'USA.walkout.RUS=0']);
    expect(result.code).toBe(0);
    expect(result.errLines).toEqual([
      'forum-sim: warning: --set: USA.walkout.RUS: "RUS" is not seated in norus; ignored',
    ]);
    expect(result.out).toContain('Outcome:');
  });

  it('check: the same warning line, and the invariants still run', async () => {
    const result = await runMain([
      'check',
      file,
      '--runs',
      '3',
      '--invariants',
      'termination',
      '--set',
      'USA.walkout.RUS=0',
    ]);
    expect(result.errLines).toContain(
      'forum-sim: warning: --set: USA.walkout.RUS: "RUS" is not seated in norus; ignored',
    );
    expect(result.code).toBe(0);
  });

  it('backtest: a delegation seated in none of the cases is named in a warning', async () => {
    const result = await runMain(['backtest', file, '--runs', '2', '--workers', '1', '--set', 'ZZZ.patience=0.5']);
    expect(result.errLines).toContain(
      'forum-sim: warning: --set: "ZZZ" is seated in none of these cases, so its overrides are ignored',
    );
  });
});
