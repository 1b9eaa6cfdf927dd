// Model v3's inputs as what-ifs and draws: `--set` of a position's insistence and of the forum's
// habit, halfLife and mechanisms; a stated insistence listed, drawn and spread like firmness, an
// unstated one adding no draw (so existing scenarios draw what they drew); `--explain` showing it.
import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perturbations } from '../../src/analysis/perturb.js';
import { formatExplain } from '../../src/cli/explain.js';
import type { Scenario } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { drawParameters, withNumber } from '../../src/engine/uncertainty.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { applyOverrides } from '../../src/scenario/overrides.js';
import { delegationParameters } from '../../src/scenario/parameters.js';
import { parseSpread } from '../../src/scenario/spreads.js';
import { problemsOf } from '../cli/helpers.js';

const arf = loadScenario('arf-2022');
/** The insistence the catalogue states on the Western delegations' Ukraine floors (assumed there). */
const CATALOGUE_INSISTENCE = 0.9;
const FLOOR = 'insistence applies to a hard red line with a floor above omit';

/** A copy of the scenario with every stated insistence taken out, as before the catalogue stated any. */
function withoutInsistence(s: Scenario): Scenario {
  const none = structuredClone(s);
  for (const profile of Object.values(none.profiles))
    for (const position of Object.values(profile.positions)) delete position.insistence;
  return none;
}

/** The one problem an override map gives, as its message. */
const rejection = (overrides: Record<string, string>, s: Scenario = arf) =>
  problemsOf(() => applyOverrides(s, overrides)).map((p) => `${p.path}: ${p.message}`);

describe('--set ACTOR.positions.ISSUE.insistence', () => {
  it('sets it on a hard line with a floor above omit, credited to the override', () => {
    expect(arf.profiles.USA!.positions.ukraine).toMatchObject({ hard: true, min: 4 });
    const s = applyOverrides(arf, { 'USA.positions.ukraine.insistence': '0.35' });
    expect(s.profiles.USA!.positions.ukraine!.insistence).toBe(0.35);
    expect(s.provenance.USA!['positions.ukraine.insistence']).toBe('override (--set)');
    // The loaded scenario keeps the catalogue's value and its source.
    expect(arf.profiles.USA!.positions.ukraine!.insistence).toBe(CATALOGUE_INSISTENCE);
    expect(arf.provenance.USA!['positions.ukraine.insistence']).toMatch(/^assumed \(model v3\)/);
    // Where the catalogue states none (China's floor on containment), the override adds one.
    expect(arf.profiles.CHN!.positions.containment).toMatchObject({ hard: true, min: 2 });
    expect(arf.profiles.CHN!.positions.containment!.insistence).toBeUndefined();
    const added = applyOverrides(arf, { 'CHN.positions.containment.insistence': '0.35' });
    expect(added.profiles.CHN!.positions.containment!.insistence).toBe(0.35);
    expect(added.provenance.CHN!['positions.containment.insistence']).toBe('override (--set)');
  });

  it('is refused on a soft line, on a hard line whose min is omit, and outside 0..1', () => {
    expect(arf.profiles.RUS!.positions.ukraine).toMatchObject({ hard: true, min: 0 });
    const soft = Object.entries(arf.profiles.IDN!.positions).find(([, p]) => !p.hard)![0];
    expect(rejection({ [`IDN.positions.${soft}.insistence`]: '0.5' })).toEqual([
      `IDN.positions.${soft}.insistence: ${FLOOR}: set IDN.positions.${soft}.hard=true first`,
    ]);
    expect(rejection({ 'RUS.positions.ukraine.insistence': '0.5' })).toEqual([
      `RUS.positions.ukraine.insistence: ${FLOOR}: RUS's min on ukraine is omit`,
    ]);
    expect(rejection({ 'USA.positions.ukraine.insistence': '1.2' })).toEqual([
      'USA.positions.ukraine.insistence: expected a number from 0 to 1, got 1.2',
    ]);
    expect(rejection({ 'USA.positions.ukraine.insistance': '0.5' })[0]).toMatch(
      /unknown position field "insistance"; .* \(did you mean "insistence"\?\)$/,
    );
  });

  it('is allowed once an earlier override makes the line hard with a floor', () => {
    const soft = Object.entries(arf.profiles.IDN!.positions).find(([, p]) => !p.hard && p.min > 0);
    if (!soft) return expect.unreachable('IDN has a soft line with a floor above omit in arf-2022');
    const path = `IDN.positions.${soft[0]}`;
    const s = applyOverrides(arf, { [`${path}.hard`]: 'true', [`${path}.insistence`]: '0.2' });
    expect(s.profiles.IDN!.positions[soft[0]]!.insistence).toBe(0.2);
  });

  it('is dropped when a later override removes the floor: hard=false, or min (or the ideal) down to omit', () => {
    const stated = { 'USA.positions.ukraine.insistence': '0.35' };
    for (const [path, value] of [
      ['USA.positions.ukraine.hard', 'false'],
      ['USA.positions.ukraine.min', 'omit'],
      ['USA.positions.ukraine.ideal', 'omit'],
    ] as const) {
      const s = applyOverrides(arf, { ...stated, [path]: value });
      expect(s.profiles.USA!.positions.ukraine!.insistence, path).toBeUndefined();
      expect(s.provenance.USA!['positions.ukraine.insistence'], path).toBe('override (--set)');
    }
    // Raising the floor keeps it.
    const raised = applyOverrides(arf, { ...stated, 'USA.positions.ukraine.min': 'condemn-aggression' });
    expect(raised.profiles.USA!.positions.ukraine!.insistence).toBe(0.35);
  });

  it('takes LO:MODE:HI, the bounds becoming its spread', () => {
    const s = applyOverrides(arf, { 'USA.positions.ukraine.insistence': '0.2:0.3:0.6' });
    expect(s.profiles.USA!.positions.ukraine!.insistence).toBe(0.3);
    expect(s.uncertainty.spreads.USA!['positions.ukraine.insistence']).toEqual({ lo: 0.2, hi: 0.6 });
    expect(parseSpread('positions.ukraine.insistence', 0.1)).toEqual({ halfWidth: 0.1 });
  });
});

describe('--set forum.habit, forum.halfLife and forum.mechanisms', () => {
  it('set the rules, one field at a time, leaving the loaded scenario alone', () => {
    const s = applyOverrides(arf, {
      'forum.habit.failureCost': '0.4',
      'forum.habit.dropLicence': '0.6',
      'forum.habit.separateText': '0',
      'forum.halfLife': '3',
      'forum.mechanisms.fading': 'off',
      'forum.mechanisms.habits': 'false',
      'forum.mechanisms.standing': 'on',
      'forum.mechanisms.structure': 'true',
    });
    expect(s.rules.habit).toEqual({ failureCost: 0.4, dropLicence: 0.6, separateText: 0 });
    expect(s.rules.halfLife).toBe(3);
    expect(s.rules.mechanisms).toEqual({ fading: false, habits: false, standing: true, structure: true });
    for (const key of ['habit', 'halfLife', 'mechanisms']) expect(key in arf.rules, key).toBe(false);
  });

  it.each([
    ['forum.habit.failureCost', '1.5', 'expected a number from 0 to 1, got 1.5'],
    [
      'forum.habit.failurecost',
      '0.4',
      'unknown field "failurecost" of forum.habit; expected one of failureCost, dropLicence, separateText (did you mean "failureCost"?)',
    ],
    ['forum.habit', '0.4', 'expected forum.habit.<failureCost|dropLicence|separateText>=SHARE'],
    ['forum.habit.failureCost.x', '0.4', 'expected forum.habit.<failureCost|dropLicence|separateText>=SHARE'],
    ['forum.halfLife', '0', 'expected a number of years above 0 and at most 100, got 0'],
    ['forum.halfLife', '101', 'expected a number from 0 to 100, got 101'],
    ['forum.halfLife', 'long', 'expected a number from 0 to 100, got "long"'],
    ['forum.halfLife.x', '3', 'forum.halfLife takes a value, not a sub-path'],
    ['forum.halflife', '3', 'did you mean "halfLife"?'],
    ['forum.mechanisms.fading', 'no', 'expected one of on, off, true, false, got "no"'],
    [
      'forum.mechanisms.fadng',
      'off',
      'unknown field "fadng" of forum.mechanisms; expected one of insistence, fading, habits, standing, abstention, structure (did you mean "fading"?)',
    ],
    [
      'forum.mechanisms',
      'off',
      'expected forum.mechanisms.<insistence|fading|habits|standing|abstention|structure>=on|off',
    ],
  ])('%s=%s is rejected: %s', (path, value, message) => {
    const [problem] = rejection({ [path]: value });
    expect(problem).toContain(`${path}: `);
    expect(problem).toContain(message);
  });
});

describe('a stated insistence under uncertainty', () => {
  it('is listed as a numeric parameter only when stated, after its line’s firmness', () => {
    const paths = (s: Scenario, actor: string) => delegationParameters(s, actor).map((p) => p.path);
    const insistences = (s: Scenario, actor: string) => paths(s, actor).filter((p) => p.endsWith('.insistence'));
    // China's floor on containment states none; the USA's on Ukraine states the catalogue's.
    expect(insistences(arf, 'CHN')).toEqual([]);
    const after = (list: string[], path: string) => list.slice(list.indexOf(path), list.indexOf(path) + 2);
    expect(after(paths(arf, 'USA'), 'positions.ukraine.firmness')).toEqual([
      'positions.ukraine.firmness',
      'positions.ukraine.insistence',
    ]);
    expect(insistences(withoutInsistence(arf), 'USA')).toEqual([]);
    const stated = paths(applyOverrides(arf, { 'CHN.positions.containment.insistence': '0.35' }), 'CHN');
    expect(after(stated, 'positions.containment.firmness')).toEqual([
      'positions.containment.firmness',
      'positions.containment.insistence',
    ]);
  });

  it('is drawn into inputs.drawn and into the run’s profile, within its spread', () => {
    const overrides = { 'USA.positions.ukraine.insistence': '0.2:0.3:0.6' };
    const result = runScenario(arf, { seed: '1', overrides, transcript: false });
    const drawn = result.inputs.drawn['USA.positions.ukraine.insistence'];
    expect(drawn).toBeGreaterThanOrEqual(0.2);
    expect(drawn).toBeLessThanOrEqual(0.6);
    expect(drawn).not.toBe(0.3);
    const { profiles } = drawParameters(applyOverrides(arf, overrides), '1');
    expect(profiles.USA!.positions.ukraine!.insistence).toBe(drawn);
    // Set as insistence, not (as before) as salience.
    expect(profiles.USA!.positions.ukraine!.salience).toBe(result.inputs.drawn['USA.positions.ukraine.salience']);
  });

  it('withNumber sets each numeric position field by name and refuses any other', () => {
    const usa = arf.profiles.USA!;
    expect(withNumber(usa, 'positions.ukraine.insistence', 0.25).positions.ukraine).toEqual({
      ...usa.positions.ukraine,
      insistence: 0.25,
    });
    expect(withNumber(usa, 'positions.ukraine.firmness', 0.5).positions.ukraine!.firmness).toBe(0.5);
    expect(withNumber(usa, 'positions.ukraine.salience', 0.5).positions.ukraine!.salience).toBe(0.5);
    expect(() => withNumber(usa, 'positions.ukraine.ideal', 1)).toThrow('not a numeric position parameter');
  });

  it('leaves the draws of a scenario that states none as they were: arf-2022, seed 1', () => {
    // Insistences the catalogue may state later are taken out, so this pins the mechanism, not the values.
    const none = withoutInsistence(arf);
    const keys = Object.keys(runScenario(none, { seed: '1', transcript: false }).inputs.drawn).filter(
      (key) => !key.startsWith('forum.'),
    );
    // The keys as drawn before model v3's inputs existed (commit 1136d59): 803 of them.
    expect(keys).toHaveLength(803);
    expect(createHash('sha256').update(keys.join('\n')).digest('hex')).toBe(
      'dbd4a8ac84cec17cf0d9bbc402528d3ddd02d4c0af710456302a0cc136610b2b',
    );
    // One stated insistence adds exactly its own draw.
    const one = runScenario(none, {
      seed: '1',
      transcript: false,
      overrides: { 'USA.positions.ukraine.insistence': '0.35' },
    });
    const added = Object.keys(one.inputs.drawn).filter((key) => !key.startsWith('forum.') && !keys.includes(key));
    expect(added).toEqual(['USA.positions.ukraine.insistence']);
  });
});

describe('run --explain', () => {
  it('shows a stated insistence as the floor firmness, and the forum’s stated v3 settings', () => {
    const s = applyOverrides(arf, {
      'USA.positions.ukraine.insistence': '0.35',
      'forum.uncertainty': 'off',
      'forum.halfLife': '3',
      'forum.habit.failureCost': '0.4',
      'forum.mechanisms.fading': 'off',
    });
    const text = formatExplain(s, runScenario(s, { seed: '1' }));
    expect(text).toMatch(/^ {2}ukraine.*\(hard red line, firmness 1, floor firmness 0\.35\)/m);
    expect(text).toContain('insistence: override (--set)');
    expect(text).toContain('  habits set for this forum: failureCost 0.4');
    expect(text).toContain('half-life of 3 year(s)');
    expect(text).toContain('  mechanisms switched off: fading');
    const plain = formatExplain(arf, runScenario(arf, { seed: '1' }));
    expect(plain).not.toMatch(/habits set|half-life|switched off/);
    // The catalogue's insistence on the seven Western Ukraine floors is shown, and nothing where none is stated.
    expect(plain.match(/floor firmness/g)).toHaveLength(7);
    expect(plain.match(/\(hard red line, firmness 1, floor firmness 0\.9\)/g)).toHaveLength(7);
    const none = withoutInsistence(arf);
    expect(formatExplain(none, runScenario(none, { seed: '1' }))).not.toContain('floor firmness');
  });
});

describe("check's perturbations", () => {
  it('of a scenario with a stated insistence are all valid overrides', () => {
    const s = applyOverrides(arf, { 'USA.positions.ukraine.insistence': '0.35' });
    // USA's knobs only, many changes at once, so hard, the interval and the insistence meet often.
    const usaOnly: Scenario = { ...s, participants: ['USA'] };
    fc.assert(
      fc.property(perturbations(usaOnly, { forum: false, maxChanges: 12 }), (overrides) => {
        applyOverrides(s, overrides);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
