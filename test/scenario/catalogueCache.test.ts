// The catalogue cache serves a catalogue again only while its files are unchanged, so a long-running
// process (the UI, a worker) sees an edited profile.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueCache } from '../../src/scenario/catalogue.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { FIXTURES } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-catalogue-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfFixtureForum(name: string): { forum: string; actors: string; catalogue: string } {
  const dir = join(work, name);
  cpSync(join(FIXTURES, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  cpSync(join(FIXTURES, 'valid-forum.yaml'), join(dir, 'forum.yaml'));
  return {
    forum: join(dir, 'forum.yaml'),
    actors: join(dir, 'catalogue/actors/members.yaml'),
    catalogue: join(dir, 'catalogue'),
  };
}

const edit = (file: string, from: string, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('CatalogueCache', () => {
  it('serves the same catalogue while the files are unchanged', () => {
    const { catalogue } = copyOfFixtureForum('same');
    const cache = new CatalogueCache();
    expect(cache.load(catalogue)).toBe(cache.load(catalogue));
  });

  it('load, edit an actor file on disk, load again: the new value', () => {
    const { forum, actors } = copyOfFixtureForum('edited');
    const catalogues = new CatalogueCache();
    expect(loadScenario(forum, { catalogues }).profiles.AAA!.reservation).toBe(0.3);
    edit(actors, 'reservation: 0.3', 'reservation: 0.4');
    expect(loadScenario(forum, { catalogues }).profiles.AAA!.reservation).toBe(0.4);
  });

  it('the process-wide default also sees the edit', () => {
    const { forum, actors } = copyOfFixtureForum('default');
    expect(loadScenario(forum).profiles.BBB!.name).toBe('Beta');
    edit(actors, 'name: Beta', 'name: Bravo');
    expect(loadScenario(forum).profiles.BBB!.name).toBe('Bravo');
  });

  it('a file that breaks after a good load is reported, not hidden by the earlier catalogue', () => {
    const { forum, actors } = copyOfFixtureForum('broken');
    const catalogues = new CatalogueCache();
    loadScenario(forum, { catalogues });
    edit(actors, 'reservation: 0.3', 'reservation: lots');
    expect(() => loadScenario(forum, { catalogues })).toThrow(/reservation/);
  });
});
