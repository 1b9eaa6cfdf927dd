// Files a tester built to break the reader (issue 10): each is one located problem, never a hang, a
// crash or data silently dropped. FIFOs and devices are read through the binary (hostileBinary.test.ts):
// in this process a regression would block or fill the worker.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/errors.js';
import { limitProblems } from '../../src/scenario/problemLimit.js';
import { collectYamlCache, yamlCacheOf } from '../../src/scenario/yamlCache.js';
import { validatePath } from '../../src/scenario/validate.js';
import { FIXTURES } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(FIXTURES, 'catalogue'), join(work, 'catalogue'), { recursive: true });
const VALID = readFileSync(join(FIXTURES, 'valid-forum.yaml'), 'utf8');

let count = 0;
/** A file beside the test catalogue, so that `catalogue: catalogue` in the valid forum holds. */
function file(content: string | Buffer): string {
  const path = join(work, `f${++count}.yaml`);
  writeFileSync(path, content);
  return path;
}

/** validate's problems, each as `line:column: path: message` (the file name left out). */
function problems(path: string): string[] {
  return validatePath(path).problems.map((p) => formatProblem(p).slice(path.length + 1));
}

function withEnv<T>(name: string, value: string, body: () => T): T {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

describe('the size cap', () => {
  it('a file over FORUM_SIM_MAX_FILE_MB is refused, naming its size and the variable', () => {
    const path = file(VALID + `# ${'x'.repeat(3000)}\n`);
    expect(problems(path)).toEqual([]);
    expect(withEnv('FORUM_SIM_MAX_FILE_MB', '0.001', () => problems(path))).toEqual([
      ' is 4 KB, over the 0.001 MB limit (FORUM_SIM_MAX_FILE_MB)',
    ]);
  });

  it('a bad FORUM_SIM_MAX_FILE_MB is a problem of its own', () => {
    const path = file(VALID);
    const result = withEnv('FORUM_SIM_MAX_FILE_MB', 'lots', () => validatePath(path).problems);
    expect(result.map(formatProblem)).toEqual([
      'FORUM_SIM_MAX_FILE_MB: expected a positive number of megabytes, got "lots"',
    ]);
  });

  it('a symlink to a regular file is followed', () => {
    const link = join(work, 'link.yaml');
    symlinkSync(file(VALID), link);
    expect(problems(link)).toEqual([]);
  });
});

describe('encodings', () => {
  it('UTF-16, with or without a byte-order mark, says to save as UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be, Buffer.from(VALID, 'utf16le')])
      expect(problems(file(bytes))).toEqual([' UTF-16 is not supported: save the file as UTF-8']);
  });

  it('a UTF-8 byte-order mark is fine', () => {
    expect(problems(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)])))).toEqual([]);
  });

  it('NUL bytes and bytes that are not UTF-8 are refused, the latter located', () => {
    expect(problems(file(Buffer.from('id: x\n\0\0\0garbage\n')))).toEqual([
      ' has a NUL byte at byte 6: a binary file, not text',
    ]);
    const latin1 = Buffer.concat([Buffer.from(VALID), Buffer.from('# caf\xe9\n', 'latin1')]);
    const lines = VALID.split('\n').length;
    expect(problems(file(latin1))).toEqual([`${lines}:6: is not UTF-8 text: save the file as UTF-8`]);
  });
});

describe('strict YAML', () => {
  it('duplicate keys are each located at the repeated key, with the line of the first', () => {
    expect(problems(file(VALID + 'name: Again\nroundLimit: 5\n'))).toEqual([
      '15:1: name: duplicate key (first at line 3)',
      '16:1: roundLimit: duplicate key (first at line 10)',
    ]);
    expect(problems(file('a:\n  b: 1\n  c: 2\n  b: 3\n'))).toEqual(['4:3: a.b: duplicate key (first at line 2)']);
  });

  it('an unknown key is located at the key, not its value', () => {
    expect(problems(file(VALID + 'speakers:     3\nprofiles:\n  AAA:\n    mood:   calm\n'))).toEqual([
      '18:5: profiles.AAA.mood: unknown key',
      '15:1: speakers: unknown key',
    ]);
  });

  it('tags beyond the plain ones are refused at the tag', () => {
    const tagged = VALID.replace('name: Test Forum', 'name: !!js/function "x"').replace('kind: arf', 'kind: !evil arf');
    expect(problems(file(tagged + 'noise: !!binary aGk=\n'))).toEqual([
      '3:7: unsupported tag !!js/function: a scenario file holds plain strings, numbers, booleans, lists and mappings',
      '5:7: unsupported tag !evil: a scenario file holds plain strings, numbers, booleans, lists and mappings',
      '15:8: unsupported tag !!binary: a scenario file holds plain strings, numbers, booleans, lists and mappings',
    ]);
    expect(problems(file(VALID.replace('roundLimit: 4', 'roundLimit: !!int "4"')))).toEqual([]);
  });

  it('%YAML 1.1, keys that are lists, aliases in a cycle and deep nesting are refused', () => {
    expect(problems(file('%YAML 1.1\n---\n' + VALID))).toEqual([
      '1: %YAML 1.1 is not supported: remove the %YAML line (YAML 1.2 is read)',
    ]);
    expect(problems(file('? [a, b]\n: 1\n'))).toEqual([
      '1:3: a key must be a plain value, not a list, mapping or alias',
    ]);
    expect(problems(file('a: &x [1, *x]\n'))).toEqual([
      '1:11: a.1: alias *x is inside the node it refers to (a cycle)',
    ]);
    expect(problems(file(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`))[0]).toMatch(/: nested deeper than 64 levels$/);
    // So deep that the parser's own recursion gives out: the same message, not a stack overflow.
    expect(problems(file(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`))[0]).toMatch(
      /^1:\d+: nested deeper than 64 levels$/,
    );
  });
});

describe('provenance and reserved keys', () => {
  it('an empty or blank provenance text or path is an error at its place', () => {
    const forum = VALID + 'provenance:\n  roundLimit: "   "\n  name: ""\n  " ": the record\n';
    expect(problems(file(forum))).toEqual([
      '16:15: provenance.roundLimit: where the value comes from: not empty or blank',
      '17:9: provenance.name: where the value comes from: not empty or blank',
      '18:3: provenance. : bad key: a field or parameter path, not empty or blank',
    ]);
  });

  it('__proto__, constructor and prototype are refused as keys wherever they are, never dropped', () => {
    expect(problems(file(VALID + 'provenance: {__proto__: x}\n'))).toEqual([
      '15:14: provenance.__proto__: "__proto__" is not allowed as a key',
    ]);
    const actors = join(work, 'catalogue/actors/hostile.yaml');
    writeFileSync(actors, 'profiles:\n  EEE:\n    positions:\n      constructor: {ideal: omit}\n    prototype: 1\n');
    expect(problems(actors)).toEqual([
      '4:7: profiles.EEE.positions.constructor: "constructor" is not allowed as a key',
      '5:5: profiles.EEE.prototype: "prototype" is not allowed as a key',
    ]);
    rmSync(actors);
  });
});

describe('the build cache', () => {
  it('holds only files that pass every check, so a hit never skips one', () => {
    const dir = mkdtempSync(join(work, 'cache-'));
    const texts = { good: 'a: 1\n', duplicate: 'a: 1\na: 2\n', tagged: 'a: !evil 1\n', proto: '__proto__: 1\n' };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, `${name}.yaml`), text);
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('a: 1\n', 'utf16le'));
    const cache = yamlCacheOf(collectYamlCache(dir));
    expect(Object.keys(collectYamlCache(dir))).toHaveLength(1);
    expect(cache.get(texts.good)).toBeDefined();
    for (const text of [texts.duplicate, texts.tagged, texts.proto]) expect(cache.get(text)).toBeUndefined();
  });
});

describe('many problems', () => {
  it('a forum with 20,000 unknown keys is checked and reported as its first 50 problems and a count', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `junk${i + 1}: y\n`).join('');
    const path = file(VALID + keys);
    const found = problems(path);
    expect(found).toHaveLength(51);
    expect(found[0]).toBe('15:1: junk1: unknown key');
    expect(found[49]).toBe('64:1: junk50: unknown key');
    expect(found[50]).toBe(' ... and 19950 more problems in this file');
  });

  it('limiting problems that are already limited changes nothing', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ file: 'a.yaml', path: `k${i}`, message: 'unknown key' }));
    const once = limitProblems([...many, { file: 'b.yaml', path: '', message: 'is empty' }]);
    expect(once).toHaveLength(52);
    expect(once[50]).toEqual({ file: 'a.yaml', path: '', message: '... and 70 more problems in this file' });
    expect(limitProblems(once)).toEqual(once);
  });
});
