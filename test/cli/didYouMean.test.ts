// "Did you mean" for every name a user can mistype: commands, options, actor codes in --set and in
// files. One helper (closest, in scenario/errors.ts) serves them all; a swap of two letters is one slip.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/scenario/errors.js';
import { expectCleanErrors, runMain, SCENARIOS } from './helpers.js';

describe('closest', () => {
  it('counts two swapped neighbours as one slip', () => {
    expect(closest('rnu', ['run', 'list', 'check'])).toBe('run');
    expect(closest('KMH', ['KHM', 'LAO', 'MMR'])).toBe('KHM');
    expect(closest('--strcit', ['--seed', '--strict', '--json'])).toBe('--strict');
  });

  it('still suggests nothing for a word that is not near any', () => {
    expect(closest('FRA', ['BRN', 'KHM'])).toBeUndefined();
    expect(closest('--frobnicate', ['--seed', '--json'])).toBeUndefined();
  });
});

describe('the command line suggests the closest name', () => {
  it.each([
    [['rnu', 'arf-2022'], 'forum-sim: unknown command "rnu" (did you mean "run"?)'],
    [['run', 'arf-2022', '--jsno'], `forum-sim: Unknown option '--jsno' (did you mean "--json"?)`],
    [['check', 'arf-2022', '--strcit'], `forum-sim: Unknown option '--strcit' (did you mean "--strict"?)`],
    [['sweep', 'arf-2022', '--wokrers', '2'], `forum-sim: Unknown option '--wokrers' (did you mean "--workers"?)`],
  ])('%j', async (argv, line) => {
    const r = await runMain(argv);
    expectCleanErrors(r);
    expect(r.errLines[0]).toBe(line);
  });

  it.each([
    ['KMH.patience=0.3', /KMH\.patience: unknown actor "KMH"; .* \(did you mean "KHM"\?\)$/],
    ['USA.lobbying.targets=KMH', /USA\.lobbying\.targets: expected one of .*, got "KMH" \(did you mean "KHM"\?\)$/],
    ['USA.walkout.RSU=0', /USA\.walkout\.RSU: unknown actor "RSU" \(did you mean "RUS"\?\)$/],
  ])('--set %s', async (set, message) => {
    const r = await runMain(['run', 'arf-2022', '--set', set]);
    expectCleanErrors(r);
    expect(r.errLines[0]).toMatch(message);
  });

  it('an actor code mistyped in a forum file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-typo-'));
    const file = join(dir, 'forum.yaml');
    const g20 = readFileSync(join(SCENARIOS, 'g20-fmm-2022.yaml'), 'utf8');
    writeFileSync(file, g20.replace('MEX, RUS, SAU', 'MEX, RSU, SAU'));
    const r = await runMain(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.errLines).toContainEqual(
      expect.stringMatching(/: participants\.13: unknown actor "RSU" \(did you mean "RUS"\?\)$/),
    );
  });
});
