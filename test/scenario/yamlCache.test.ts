// The build's cache of parsed and validated YAML: a hit gives what parsing and validating give, an
// edited file is never served from it, and a cache made by other code is not used.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/scenario/schema.js';
import {
  collectYamlCache,
  NO_CACHE,
  readYamlCache,
  writeYamlCache,
  yamlCacheOf,
} from '../../src/scenario/yamlCache.js';
import { readYamlFile, validateLenient } from '../../src/scenario/yamlFile.js';
import { FIXTURES, SCENARIOS } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-yaml-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const builtIn = yamlCacheOf(collectYamlCache(SCENARIOS));
// scenarios/history/ holds the record's rows, not scenario files: the backtest reads them as data.
// scenarios/sequences/ and record/sequences/ hold sequence files, checked by their own schema (src/sequence/schema.ts).
const yamlFiles = readdirSync(SCENARIOS, { recursive: true, encoding: 'utf8' })
  .filter(
    (name) =>
      name.endsWith('.yaml') &&
      !name.startsWith('history/') &&
      !name.startsWith('sequences/') &&
      !name.includes('/sequences/'),
  )
  .sort();
const kindOf = (name: string): FileKind =>
  name === 'issues.yaml' ? 'issues' : name.startsWith('actors/') ? 'actors' : 'forum';

describe('the YAML cache', () => {
  it.each(yamlFiles)('%s: a hit gives the data and the validated data that a miss gives', (name) => {
    const file = join(SCENARIOS, name);
    expect(builtIn.get(readFileSync(file, 'utf8'))).toBeDefined();
    const hit = readYamlFile(file, builtIn);
    const miss = readYamlFile(file, NO_CACHE);
    expect(hit.data).toEqual(miss.data);
    const validatedHit = validateLenient(hit, kindOf(name));
    expect(validatedHit.problems).toEqual([]);
    expect(validatedHit).toEqual(validateLenient(miss, kindOf(name)));
  });

  it('an edited file is parsed again, never served stale', () => {
    const dir = join(work, 'edited');
    cpSync(join(FIXTURES, 'catalogue'), dir, { recursive: true });
    const file = join(dir, 'actors/members.yaml');
    const cache = yamlCacheOf(collectYamlCache(dir));
    expect(readYamlFile(file, cache).data).toMatchObject({ profiles: { member: { reservation: 0.3 } } });
    writeFileSync(file, readFileSync(file, 'utf8').replace('reservation: 0.3', 'reservation: 0.4'));
    const edited = readYamlFile(file, cache);
    expect(edited.data).toMatchObject({ profiles: { member: { reservation: 0.4 } } });
    expect(edited.validated).toBeUndefined();
    expect(validateLenient(edited, 'actors').data?.profiles.member?.reservation).toBe(0.4);
  });

  it('a hit locates fields as a miss does, and each caller gets its own copy of the data', () => {
    const file = join(SCENARIOS, 'arf-2022.yaml');
    const hit = readYamlFile(file, builtIn);
    expect(hit.locate(['participants', 2])).toEqual(readYamlFile(file, NO_CACHE).locate(['participants', 2]));
    expect(hit.locate(['participants', 2]).line).toBeGreaterThan(1);
    (hit.data as { id: string }).id = 'changed';
    (hit.validated!('forum') as { id: string }).id = 'changed';
    expect(readYamlFile(file, builtIn).data).toMatchObject({ id: 'arf-2022' });
    expect(readYamlFile(file, builtIn).validated!('forum')).toMatchObject({ id: 'arf-2022' });
  });

  it('leaves out what JSON cannot carry and what does not parse, so those files load as without a cache', () => {
    const dir = join(work, 'odd');
    cpSync(join(FIXTURES, 'catalogue'), dir, { recursive: true });
    writeFileSync(join(dir, 'infinite.yaml'), 'limit: .inf\n');
    writeFileSync(join(dir, 'broken.yaml'), 'a: [1,\n');
    const cache = yamlCacheOf(collectYamlCache(dir));
    expect(cache.get('limit: .inf\n')).toBeUndefined();
    expect(cache.get('a: [1,\n')).toBeUndefined();
    expect(readYamlFile(join(dir, 'infinite.yaml'), cache).data).toEqual({ limit: Infinity });
    expect(cache.get(readFileSync(join(dir, 'issues.yaml'), 'utf8'))).toBeDefined();
  });

  it('is written and read back; a missing cache, or one made by other code, is not used', () => {
    const file = join(work, 'yaml-cache.json');
    expect(writeYamlCache(join(FIXTURES, 'catalogue'), file)).toBe(2);
    const text = readFileSync(join(FIXTURES, 'catalogue/issues.yaml'), 'utf8');
    expect(readYamlCache(file).get(text)).toBeDefined();
    const written = JSON.parse(readFileSync(file, 'utf8')) as { code: string };
    writeFileSync(file, JSON.stringify({ ...written, code: 'other code' }));
    expect(readYamlCache(file)).toBe(NO_CACHE);
    expect(readYamlCache(join(work, 'none.json'))).toBe(NO_CACHE);
  });
});
