import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/loader.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** A copy of the fixture catalogue and forum whose profiles file ends with `extra`. */
function forumWith(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-prov-'));
  cpSync(join(fixtures, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  cpSync(join(fixtures, 'valid-forum.yaml'), join(dir, 'forum.yaml'));
  const members = join(dir, 'catalogue/actors/members.yaml');
  writeFileSync(members, readFileSync(members, 'utf8') + extra);
  const forum = join(dir, 'forum.yaml');
  writeFileSync(
    forum,
    readFileSync(forum, 'utf8').replace('participants: [AAA, BBB, CCC]', 'participants: [AAA, BBB, CCC, DDD]'),
  );
  return forum;
}

function problems(forum: string): string[] {
  try {
    loadScenario(forum);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

describe('provenance is stated where a value is set', () => {
  it('an inherited value uses the bloc default note', () => {
    const s = loadScenario(forumWith('  DDD:\n    extends: member\n    name: Delta\n'));
    expect(s.provenance.DDD!['positions.war.ideal']).toBe('assumed');
  });

  it('a value a delegation overrides needs its own note, not its bloc default one', () => {
    const found = problems(forumWith('  DDD:\n    extends: member\n    name: Delta\n    reservation: 0.9\n'));
    expect(found).toEqual([expect.stringMatching(/^profiles\.DDD\.reservation: has no provenance of its own/)]);
  });

  it("the overriding profile's note wins over the bloc default's, even a less specific one", () => {
    const s = loadScenario(
      forumWith(
        '  DDD:\n    extends: member\n    name: Delta\n    positions:\n      war: {ideal: condemn, max: condemn}\n    provenance:\n      positions.war: a stated fact\n',
      ),
    );
    expect(s.provenance.DDD!['positions.war.ideal']).toBe('a stated fact');
    expect(s.provenance.DDD!['positions.war.salience']).toBe('assumed');
  });
});
