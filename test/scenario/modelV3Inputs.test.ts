// Model v3's inputs as files state them: a hard line's insistence (with a floor, with provenance),
// an issue's `since` date and a forum's habit, halfLife and mechanisms; each accepted into the
// Scenario, each bad value refused with its file, field path and what was expected (exit 2).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loader.js';
import { isCalendarDate } from '../../src/scenario/schema.js';
import { expectCleanErrors, FIXTURES, problemsOf, runMain } from '../cli/helpers.js';

const CCC_WAR = 'war: {ideal: condemn, min: dialogue, max: condemn, hard: true, salience: 0.9}';

interface Edits {
  /** Replaces CCC's hard war line (min dialogue) in the catalogue's actors file. */
  cccWar?: string;
  /** Lines added to the `war` issue of issues.yaml (indented 4). */
  war?: string;
  /** Lines appended to the forum file. */
  forum?: string;
}

/** A copy of the test catalogue and its valid forum with some edits; gives the forum file and the others. */
function fixture(edits: Edits = {}): { forum: string; actors: string; issues: string } {
  const dir = mkdtempSync(join(tmpdir(), 'v3-inputs-'));
  cpSync(join(FIXTURES, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  const actors = join(dir, 'catalogue/actors/members.yaml');
  const issues = join(dir, 'catalogue/issues.yaml');
  if (edits.cccWar !== undefined) {
    const text = readFileSync(actors, 'utf8');
    expect(text).toContain(CCC_WAR);
    writeFileSync(actors, text.replace(CCC_WAR, edits.cccWar));
  }
  if (edits.war !== undefined) {
    const text = readFileSync(issues, 'utf8');
    writeFileSync(issues, text.replace('    title: The war\n', `    title: The war\n${edits.war}\n`));
  }
  const forum = join(dir, 'forum.yaml');
  writeFileSync(forum, readFileSync(join(FIXTURES, 'valid-forum.yaml'), 'utf8') + (edits.forum ?? ''));
  return { forum, actors, issues };
}

/** Each problem as `FILE: PATH: MESSAGE`, for matching. */
const problemLines = (file: string) =>
  problemsOf(() => loadScenario(file)).map((p) => `${p.file}: ${p.path}: ${p.message}`);

describe('a position’s insistence in a profile', () => {
  it('is read into the Position when stated, on a hard line with a floor above omit', () => {
    const { forum } = fixture({
      cccWar:
        'war: {ideal: condemn, min: dialogue, max: condemn, hard: true, firmness: 0.9, insistence: 0.4, salience: 0.9}',
    });
    const s = loadScenario(forum);
    expect(s.profiles.CCC!.positions.war).toEqual({
      ideal: 2,
      min: 1,
      max: 2,
      hard: true,
      firmness: 0.9,
      insistence: 0.4,
      salience: 0.9,
    });
    expect(s.provenance.CCC!['positions.war.insistence']).toBe('assumed');
  });

  it('stays undefined when unstated', () => {
    const s = loadScenario(fixture().forum);
    expect(s.profiles.CCC!.positions.war!.hard).toBe(true);
    expect('insistence' in s.profiles.CCC!.positions.war!).toBe(false);
  });

  it('is refused on a soft line and on a hard line whose min is omit, at its field', () => {
    const soft = fixture({
      cccWar: 'war: {ideal: condemn, min: dialogue, max: condemn, hard: false, insistence: 0.4, salience: 0.9}',
    });
    expect(problemLines(soft.forum)).toEqual([
      `${soft.actors}: profiles.CCC.positions.war.insistence: insistence applies to a hard red line with a floor above omit: set hard: true too`,
    ]);
    const noFloor = fixture({
      cccWar: 'war: {ideal: condemn, min: omit, max: condemn, hard: true, insistence: 0.4, salience: 0.9}',
    });
    expect(problemLines(noFloor.forum)).toEqual([
      `${noFloor.actors}: profiles.CCC.positions.war.insistence: insistence applies to a hard red line with a floor above omit: min is omit`,
    ]);
  });

  it('is refused outside 0..1', () => {
    const { forum, actors } = fixture({
      cccWar: 'war: {ideal: condemn, min: dialogue, max: condemn, hard: true, insistence: 1.5, salience: 0.9}',
    });
    expect(problemLines(forum)).toEqual([`${actors}: profiles.CCC.positions.war.insistence: must be at most 1`]);
  });

  it('in a forum’s override needs its own provenance, like every other position field', () => {
    const { forum } = fixture({ forum: 'profiles:\n  CCC:\n    positions:\n      war: {insistence: 0.3}\n' });
    expect(problemLines(forum)).toEqual([
      `${forum}: profiles.CCC.positions.war.insistence: has no provenance of its own: it overrides an inherited value, so add provenance."positions.war.insistence" (the article's fact, paraphrased, or "assumed") in this profile`,
    ]);
    const sourced = fixture({
      forum:
        'profiles:\n  CCC:\n    positions:\n      war: {insistence: 0.3}\n    provenance: {positions.war.insistence: a dated statement}\n',
    });
    const s = loadScenario(sourced.forum);
    expect(s.profiles.CCC!.positions.war!.insistence).toBe(0.3);
    expect(s.provenance.CCC!['positions.war.insistence']).toBe('a dated statement');
  });

  it('in a forum’s override is refused when the override makes the line soft', () => {
    const { forum, actors } = fixture({
      cccWar: 'war: {ideal: condemn, min: dialogue, max: condemn, hard: true, insistence: 0.4, salience: 0.9}',
      forum:
        'profiles:\n  CCC:\n    positions:\n      war: {hard: false}\n    provenance: {positions.war.hard: assumed}\n',
    });
    // The value was set in the catalogue, so that is where the problem is located.
    expect(problemLines(forum)).toEqual([
      `${actors}: profiles.CCC.positions.war.insistence: insistence applies to a hard red line with a floor above omit: set hard: true too`,
    ]);
  });
});

describe('an issue’s since date', () => {
  it('is read into the IssueDef when stated, and absent otherwise', () => {
    const s = loadScenario(fixture({ war: '    since: 2022-02-24' }).forum);
    expect(s.issues.find((i) => i.id === 'war')!.since).toBe('2022-02-24');
    expect('since' in s.issues.find((i) => i.id === 'trade')!).toBe(false);
    expect('since' in loadScenario(fixture().forum).issues[0]!).toBe(false);
  });

  it('must be a real calendar date; a bad shape is told once', () => {
    for (const [since, message] of [
      ['2022-02-30', 'a real calendar date YYYY-MM-DD'],
      ['2021-13-01', 'a real calendar date YYYY-MM-DD'],
      ["'24 Feb 2022'", 'a date YYYY-MM-DD'],
    ] as const) {
      const { forum, issues } = fixture({ war: `    since: ${since}` });
      expect(problemLines(forum), since).toEqual([`${issues}: issues.war.since: ${message}`]);
    }
  });

  it('calendar dates: leap years by the Gregorian rule', () => {
    expect(['2024-02-29', '2000-02-29', '2022-12-31', '2022-01-01'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2022-02-29', '1900-02-29', '2022-04-31', '2022-00-10', '2022-01-00', '2022-1-01'].map(isCalendarDate),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('a forum’s habit, halfLife and mechanisms', () => {
  it('are read into the rules when stated, and absent otherwise', () => {
    const s = loadScenario(
      fixture({
        forum: 'habit: {failureCost: 0.4, separateText: 0}\nhalfLife: 2.5\nmechanisms: {fading: false, habits: true}\n',
      }).forum,
    );
    expect(s.rules.habit).toEqual({ failureCost: 0.4, separateText: 0 });
    expect(s.rules.halfLife).toBe(2.5);
    expect(s.rules.mechanisms).toEqual({ fading: false, habits: true });
    const plain = loadScenario(fixture().forum);
    for (const key of ['habit', 'halfLife', 'mechanisms']) expect(key in plain.rules, key).toBe(false);
  });

  it('are part of the scenario hash', () => {
    const plain = loadScenario(fixture().forum).hash;
    const hashes = [
      'habit: {failureCost: 0.4}\n',
      'habit: {failureCost: 0.5}\n',
      'habit: {dropLicence: 0.4}\n',
      'halfLife: 3\n',
      'mechanisms: {fading: false}\n',
      'mechanisms: {fading: true}\n',
    ].map((forum) => loadScenario(fixture({ forum }).forum).hash);
    expect(new Set([plain, ...hashes]).size).toBe(hashes.length + 1);
    // An issue's since date is content too.
    expect(loadScenario(fixture({ war: '    since: 2022-02-24' }).forum).hash).not.toBe(plain);
  });

  it('refuse bad values, each at its field with what was expected', () => {
    const { forum } = fixture({
      forum: 'habit: {failureCost: 2, dropLicense: 0.3}\nhalfLife: 0\nmechanisms: {fading: off, fadin: false}\n',
    });
    expect(problemLines(forum).sort()).toEqual(
      [
        `${forum}: habit.failureCost: must be at most 1`,
        `${forum}: habit.dropLicense: unknown key`,
        `${forum}: halfLife: must be above 0`,
        `${forum}: mechanisms.fading: expected boolean, received string`,
        `${forum}: mechanisms.fadin: unknown key`,
      ].sort(),
    );
    const long = fixture({ forum: 'halfLife: 101\n' });
    expect(problemLines(long.forum)).toEqual([`${long.forum}: halfLife: must be at most 100`]);
  });

  it('forum-sim validate exits 2 naming the file, the field and the expectation, without a stack', async () => {
    const { forum, actors } = fixture({
      cccWar: 'war: {ideal: condemn, min: omit, max: condemn, hard: true, insistence: 0.4, salience: 0.9}',
      forum: 'halfLife: -1\n',
    });
    const result = await runMain(['validate', forum]);
    expectCleanErrors(result);
    expect(result.err).toMatch(new RegExp(`${forum}:\\d+:\\d+: halfLife: must be above 0`));
    expect(result.err).toMatch(
      new RegExp(
        `${actors}:\\d+:\\d+: profiles\\.CCC\\.positions\\.war\\.insistence: insistence applies to a hard red line with a floor above omit: min is omit`,
      ),
    );
    const issues = fixture({ war: '    since: 2022-02-30' }).issues;
    const bad = await runMain(['validate', issues]);
    expectCleanErrors(bad);
    expect(bad.err).toMatch(/issues\.yaml:\d+:\d+: issues\.war\.since: a real calendar date YYYY-MM-DD/);
  });
});
