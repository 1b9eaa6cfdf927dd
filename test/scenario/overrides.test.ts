// --set and --params: parsing, applying to a copy, every rejection, and no reachable prototype.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/types.js';
import { InputError } from '../../src/scenario/errors.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { applyOverrides, parseSetArgs } from '../../src/scenario/overrides.js';
import { loadParamsFile } from '../../src/scenario/params.js';
import { FIXTURES, problemsOf } from '../cli/helpers.js';

const arf = loadScenario('arf-2022');
// Every issue of the catalogue, in its order: the list the messages name.
const catalogueIssues = arf.issues.map((issue) => issue.id).join(', ');
const rungOf = (s: Scenario, issue: string, index: number) => s.issues.find((i) => i.id === issue)!.ladder[index]!.id;

describe('parseSetArgs', () => {
  it('splits at the first "=", trims, keeps order, later wins', () => {
    const out = parseSetArgs([
      'USA.reservation = 0.5',
      'forum.draft.ukraine=omit',
      'USA.reservation=0.4',
      'X.name=a=b',
    ]);
    expect(Object.entries(out)).toEqual([
      ['USA.reservation', '0.4'],
      ['forum.draft.ukraine', 'omit'],
      ['X.name', 'a=b'],
    ]);
  });

  it('keeps __proto__ as a plain key (the map has no prototype), for applyOverrides to reject', () => {
    const out = parseSetArgs(['__proto__=1']);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });

  it('rejects an argument without PATH=', () => {
    expect(problemsOf(() => parseSetArgs(['noequals', '=3']))).toEqual([
      { file: '--set', path: 'noequals', message: 'expected PATH=VALUE, e.g. USA.lobbying.strength=0.8' },
      { file: '--set', path: '=3', message: 'expected PATH=VALUE, e.g. USA.lobbying.strength=0.8' },
    ]);
  });
});

describe('applyOverrides', () => {
  it('returns the scenario itself when there is nothing to apply', () => {
    expect(applyOverrides(arf, {})).toBe(arf);
  });

  it('changes a copy and never the loaded scenario', () => {
    const before = structuredClone(arf);
    const changed = applyOverrides(arf, {
      'USA.reservation': '0.25',
      'USA.lobbying.strength': '0.8',
      'USA.lobbying.targets': 'KHM, LAO',
      'KHM.susceptibility.USA': '0.9',
      'USA.walkout.RUS': '0',
      'RUS.walkout.USA': '0.2',
      'forum.roundLimit': '3',
      'forum.noise': '0',
      'forum.chair': 'IDN',
      'forum.draft.ukraine': 'omit',
    });
    expect(arf).toEqual(before);
    const usa = changed.profiles.USA!;
    expect(usa.reservation).toBe(0.25);
    expect(usa.lobbying).toMatchObject({ strength: 0.8, targets: ['KHM', 'LAO'], style: 'promises-and-threats' });
    expect(usa.walkout).toEqual([]);
    expect(changed.profiles.RUS!.walkout).toEqual([{ whenSpeaks: 'USA', probability: 0.2 }]);
    expect(changed.profiles.KHM!.susceptibility.USA).toBe(0.9);
    expect(changed.rules).toMatchObject({ roundLimit: 3, noise: 0 });
    expect(changed.chair).toBe('IDN');
    expect(changed.draft.ukraine).toBe(0);
    expect(changed.provenance.USA!.reservation).toBe('override (--set)');
    expect(changed.provenance.USA!.walkout).toBe('override (--set)');
  });

  it('moving an ideal drags the interval along', () => {
    const changed = applyOverrides(arf, { 'USA.positions.ukraine.ideal': 'peace-dialogue' });
    const p = changed.profiles.USA!.positions.ukraine!;
    expect([
      rungOf(changed, 'ukraine', p.min),
      rungOf(changed, 'ukraine', p.ideal),
      rungOf(changed, 'ukraine', p.max),
    ]).toEqual(['peace-dialogue', 'peace-dialogue', 'condemn-aggression']);
    expect(changed.provenance.USA!['positions.ukraine.ideal']).toBe('override (--set)');
  });

  it('names the source given for messages and provenance', () => {
    const changed = applyOverrides(arf, { 'USA.patience': '0.3' }, 'my-params.yaml');
    expect(changed.provenance.USA!.patience).toBe('override (my-params.yaml)');
    expect(problemsOf(() => applyOverrides(arf, { 'USA.patience': '3' }, 'my-params.yaml'))[0]!.file).toBe(
      'my-params.yaml',
    );
  });

  it.each([
    ['USA.reservation', '-0.1', 'expected a number from 0 to 1, got -0.1'],
    ['USA.reservation', '', 'expected a number from 0 to 1, got ""'],
    ['USA.reservation', 'NaN', 'expected a number from 0 to 1, got "NaN"'],
    ['USA.risk', '-2', 'expected a number from -1 to 1, got -2'],
    ['USA.reservation.deep', '0.5', 'expected USA.reservation'],
    ['forum.roundLimit', '2.5', 'expected a whole number of rounds'],
    ['forum.roundLimit', '51', 'expected a number from 1 to 50, got 51'],
    ['forum.roundLimit.x', '3', 'forum.roundLimit takes a value, not a sub-path'],
    [
      'forum.chair',
      'FRA',
      'expected one of AUS, BGD, BRN, CAN, CHN, EU, IDN, IND, JPN, KHM, KOR, LAO, LKA, MMR, MNG, MYS, NZL, PAK, PHL, PNG, PRK, RUS, SGP, THA, TLS, USA, VNM, got "FRA"',
    ],
    ['forum.fallback', 'chair', 'expected one of chair-statement, none, got "chair"'],
    ['forum.draft.ukrain', 'omit', `unknown issue "ukrain"; issues are ${catalogueIssues} (did you mean "ukraine"?)`],
    ['USA.susceptibility.FRA', '0.5', 'unknown actor "FRA"'],
    ['USA.lobbying.style', 'bribes', 'expected one of promises, threats, appeals, promises-and-threats, got "bribes"'],
    ['USA.lobbying.issues', 'ukraine,wto', `expected one of ${catalogueIssues}, got "wto"`],
    ['USA.positions.ukraine.hard', 'yes', 'expected one of true, false, got "yes"'],
    ['USA.positions.ukraine.salience', '1.5', 'expected a number from 0 to 1, got 1.5'],
    [
      'RUS.positions.ukraine.min',
      'investigation',
      'needs min <= ideal <= max, would be investigation / peace-dialogue / peace-dialogue',
    ],
    [
      'USA.positions.ukraine.max',
      'omit',
      'needs min <= ideal <= max, would be attributed-condemnation / condemn-aggression / omit',
    ],
    [
      'USA.positions.ukraine.idael',
      'omit',
      'unknown position field "idael"; expected one of ideal, min, max, hard, firmness, salience, insistence (did you mean "ideal"?)',
    ],
    [
      'USA.positions.ukraine',
      'omit',
      'expected USA.positions.<issue>.<ideal|min|max|hard|firmness|salience|insistence>',
    ],
    ['USA..reservation', '0.5', 'empty path segment'],
  ])('%s=%s is rejected: %s', (path, value, message) => {
    expect(problemsOf(() => applyOverrides(arf, { [path]: value }))).toEqual([{ file: '--set', path, message }]);
  });

  it('reports every bad override at once, in order', () => {
    const problems = problemsOf(() =>
      applyOverrides(arf, { 'USA.reservation': '2', 'forum.noise': '0.5', 'FRA.patience': '0.1' }),
    );
    expect(problems.map((p) => p.path)).toEqual(['USA.reservation', 'FRA.patience']);
  });

  it('rejects __proto__, constructor and prototype and touches no prototype', () => {
    const hostile = [
      '__proto__.polluted',
      'USA.__proto__.polluted',
      'constructor.prototype.polluted',
      'USA.positions.__proto__.polluted',
      'forum.constructor',
      'USA.susceptibility.constructor',
      'USA.lobbying.__proto__',
      'prototype',
    ];
    for (const path of hostile) {
      const problems = problemsOf(() => applyOverrides(arf, { [path]: '1' }));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/^"(__proto__|constructor|prototype)" is not allowed in a path$/);
    }
    // Also through a map built the way the CLI builds it.
    expect(() => applyOverrides(arf, parseSetArgs(['__proto__.polluted=1', 'USA.__proto__.x=1']))).toThrow(InputError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(Object.getPrototypeOf(arf.profiles.USA)).toBe(Object.prototype);
    expect(Object.keys(arf.profiles.USA!)).not.toContain('polluted');
  });
});

describe('loadParamsFile', () => {
  it('flattens nested and dotted keys into override paths', () => {
    expect(loadParamsFile(join(FIXTURES, 'params-ok.yaml'))).toEqual({
      'USA.lobbying.strength': '0.9',
      'CHN.faceSensitivity': '0.7',
      'forum.roundLimit': '3',
    });
  });

  it('rejects forbidden keys with the file, path and place, before anything is built', () => {
    // Refused when the file is read, as in any YAML file the tool reads (yamlWalk.ts).
    const proto = join(FIXTURES, 'bad/params-proto.yaml');
    expect(problemsOf(() => loadParamsFile(proto))).toEqual([
      { file: proto, path: '__proto__', message: '"__proto__" is not allowed as a key', line: 2, column: 1 },
    ]);
    const ctor = join(FIXTURES, 'bad/params-constructor.json');
    expect(problemsOf(() => loadParamsFile(ctor))).toEqual([
      { file: ctor, path: 'USA.constructor', message: '"constructor" is not allowed as a key', line: 1, column: 12 },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a missing file names the file', () => {
    const file = join(FIXTURES, 'nope.yaml');
    expect(problemsOf(() => loadParamsFile(file))).toEqual([{ file, path: '', message: 'no such file' }]);
  });
});

describe('forum.absent', () => {
  it('empties the seats it lists, and refuses the chair', () => {
    const s = applyOverrides(arf, { 'forum.absent': 'PRK, MMR' });
    expect(s.absent).toEqual(['MMR', 'PRK']);
    const result = runScenario(arf, { seed: 1, overrides: { 'forum.absent': 'PRK,MMR' } });
    expect(result.delegations.PRK).toEqual({ stance: 'absent', present: false });
    expect(() => applyOverrides(arf, { 'forum.absent': 'KHM' })).toThrow(/the chair KHM cannot be absent/);
    expect(() => applyOverrides(arf, { 'forum.absent': 'XXX' })).toThrow(/expected one of/);
  });
});
