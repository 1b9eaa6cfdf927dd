// Issue 19 row 9: the build's YAML cache is checked on load. An entry edited with its key kept is a
// miss (the file is parsed), never poisoned values; an entry that is not JSON or not of the entry's
// shape is a miss, never exit 70; a cache over the size cap is not read. Before, an edited entry was
// served (validate said ok), a non-JSON one crashed, and a 300 MB cache was read on every start.
// The fuzz property at the end mutates entries at random: whatever is served equals what parsing gives.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { propertySettings, propertyTimeout } from '../../src/testing/settings.js';
import { contentKey, NO_CACHE, readYamlCache, writeYamlCache } from '../../src/scenario/yamlCache.js';
import { readYamlFile, validateLenient } from '../../src/scenario/yamlFile.js';
import { FIXTURES } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-yaml-cache-trust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const catalogue = join(work, 'catalogue');
cpSync(join(FIXTURES, 'catalogue'), catalogue, { recursive: true });
const membersFile = join(catalogue, 'actors/members.yaml');
const membersKey = contentKey(readFileSync(membersFile, 'utf8'));
const cacheFile = join(work, 'yaml-cache.json');
writeYamlCache(catalogue, cacheFile);
const pristine = readFileSync(cacheFile, 'utf8');

type CacheJson = { code: string; entries: Record<string, { data: string; valid: Record<string, string> }> };

/** The cache file with the members file's entry edited, read back. */
function editedCache(edit: (entry: CacheJson['entries'][string]) => unknown) {
  const cache = JSON.parse(pristine) as CacheJson;
  cache.entries[membersKey] = edit(cache.entries[membersKey]!) as CacheJson['entries'][string];
  const file = join(work, 'edited-cache.json');
  writeFileSync(file, JSON.stringify(cache));
  return readYamlCache(file);
}

const fuzzSettings = propertySettings({ scale: 0.5 });

const poison = (json: string) => json.replace('"reservation":0.3', '"reservation":0.99');

describe('the YAML cache is trusted only as far as it checks out', () => {
  it('an untouched entry is served', () => {
    const cache = readYamlCache(cacheFile);
    expect(cache.get(readFileSync(membersFile, 'utf8'))).toBeDefined();
    expect(readYamlFile(membersFile, cache).validated).toBeDefined();
  });

  it('an entry edited with its key kept is a miss: the file is parsed, its real values used', () => {
    const cache = editedCache((entry) => ({
      ...entry,
      data: poison(entry.data),
      valid: { actors: poison(entry.valid.actors!) },
    }));
    expect(poison(JSON.parse(pristine).entries[membersKey].data)).toContain('0.99');
    expect(cache.get(readFileSync(membersFile, 'utf8'))).toBeUndefined();
    const yaml = readYamlFile(membersFile, cache);
    expect(validateLenient(yaml, 'actors').data?.profiles.member?.reservation).toBe(0.3);
  });

  it.each([
    ['data not JSON', (entry: { valid: unknown }) => ({ ...entry, data: '{not json' })],
    ['validated data not JSON', (entry: { data: string }) => ({ ...entry, valid: { actors: '{not json' } })],
    ['a number', () => 42],
    ['null', () => null],
    ['valid a string', (entry: { data: string }) => ({ ...entry, valid: 'actors' })],
    ['no check', (entry: object) => ({ ...entry, check: undefined })],
  ])('an entry with %s is a miss, not a crash', (_, edit) => {
    const cache = editedCache(edit as (entry: unknown) => unknown);
    expect(() => cache.get(readFileSync(membersFile, 'utf8'))).not.toThrow();
    expect(cache.get(readFileSync(membersFile, 'utf8'))).toBeUndefined();
    expect(validateLenient(readYamlFile(membersFile, cache), 'actors').data?.profiles.member?.reservation).toBe(0.3);
  });

  it('a cache file of another shape, or over the size cap, is not used', () => {
    const file = join(work, 'shape.json');
    const code = (JSON.parse(pristine) as CacheJson).code;
    for (const text of [JSON.stringify({ code, entries: null }), 'null', '[]', JSON.stringify({ code, entries: 7 })]) {
      writeFileSync(file, text);
      expect(readYamlCache(file)).toBe(NO_CACHE);
    }
    expect(readYamlCache(cacheFile, pristine.length - 1)).toBe(NO_CACHE);
    expect(readYamlCache(cacheFile, pristine.length)).not.toBe(NO_CACHE);
  });

  it(
    'fuzz: an entry mutated at random is served only as what parsing gives',
    () => {
      const text = readFileSync(membersFile, 'utf8');
      const parsed = readYamlFile(membersFile, NO_CACHE).data;
      const entry = (JSON.parse(pristine) as CacheJson).entries[membersKey]!;
      const mutateString = (s: string) =>
        fc
          .tuple(fc.nat({ max: s.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 8 }))
          .map(([at, cut, insert]) => s.slice(0, at) + insert + s.slice(at + cut));
      const mutated = fc.oneof(
        mutateString(entry.data).map((data) => ({ ...entry, data })),
        mutateString(entry.valid.actors!).map((actors) => ({ ...entry, valid: { actors } })),
        fc.anything().map((value) => value),
      );
      fc.assert(
        fc.property(mutated, (value) => {
          const cache = editedCache(() => value);
          const hit = cache.get(text);
          if (hit !== undefined) expect(hit.data).toEqual(parsed);
        }),
        fuzzSettings,
      );
    },
    propertyTimeout(fuzzSettings, 20),
  );
});
