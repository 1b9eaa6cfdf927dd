// A build-time cache of parsed and validated YAML. `npm run build` parses every file under
// scenarios/, validates it against each file schema, and stores the data keyed by the SHA-1 of the
// file's text. Loading still reads every file and hashes it, so an edited file misses and is parsed
// and validated as usual: the cache makes loading faster, never different. The cache file itself is
// trusted no more than it must be: over a size cap it is not read, and an entry is served only when
// its shape and its own hash (of the key, the data and the validated data) hold, so an entry edited
// with its key kept, cut, or not JSON is a miss, never poisoned values and never a crash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { readTextFile } from './boundedRead.js';
import { codeFingerprint } from './codeFingerprint.js';
import { InputError } from './errors.js';
import { fileSchemas, type FileKind } from './schema.js';
import { parseYamlText } from './yamlParse.js';

/** dist/yaml-cache.json beside the compiled code; the sources have none, so they always parse. */
export const BUILT_CACHE_FILE = fileURLToPath(new URL('../yaml-cache.json', import.meta.url));

const FILE_KINDS: readonly FileKind[] = ['forum', 'actors', 'issues'];

export interface CachedYaml {
  /** What parseYamlText gives for the text; the caller's own copy. */
  data: unknown;
  /** What the schema of this kind gives for the data when it is valid, else undefined; a copy. */
  validated(kind: FileKind): unknown;
}

export interface YamlCache {
  get(text: string): CachedYaml | undefined;
}

/**
 * Per text: its data and, per kind it is valid as, the validated data, all as JSON text; `check`
 * is entryCheck of the three, written by the build and verified before an entry is served.
 */
type Entry = { data: string; valid: Partial<Record<FileKind, string>>; check: string };
type Entries = Record<string, Entry>;

/** A cache file bigger than this is not read: parsing the YAML is cheaper than reading it (issue 19). */
export const MAX_CACHE_BYTES = 50 * 1024 * 1024;

interface CacheFile {
  /** The code and package versions the data depends on besides the text (codeFingerprint.ts). */
  code: string;
  entries: Entries;
}

export const NO_CACHE: YamlCache = { get: () => undefined };

export function contentKey(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The hash an entry carries: of its key, its data and its validated data, in a fixed order. */
export function entryCheck(key: string, data: string, valid: Partial<Record<FileKind, string>>): string {
  const hash = createHash('sha256').update(`${key}\0${data}`);
  for (const kind of FILE_KINDS) hash.update(`\0${kind}\0${valid[kind] ?? ''}`);
  return hash.digest('hex');
}

export function yamlCacheOf(entries: Entries): YamlCache {
  return {
    get(text) {
      const key = contentKey(text);
      return Object.hasOwn(entries, key) ? servable(key, entries[key]) : undefined;
    },
  };
}

/** The entry's values when its shape and its hash hold and its JSON parses; else a miss. */
function servable(key: string, entry: unknown): CachedYaml | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const { data, valid, check } = entry as Partial<Entry>;
  if (typeof data !== 'string' || typeof check !== 'string' || valid === null || typeof valid !== 'object')
    return undefined;
  const kinds = Object.keys(valid);
  if (kinds.some((kind) => !FILE_KINDS.includes(kind as FileKind) || typeof valid[kind as FileKind] !== 'string'))
    return undefined;
  if (check !== entryCheck(key, data, valid)) return undefined;
  try {
    // Parsed once here, so a bad value is a miss now rather than a crash when validated() is asked.
    const parsed = JSON.parse(data) as unknown;
    const validated = Object.fromEntries(kinds.map((kind) => [kind, JSON.parse(valid[kind as FileKind]!)]));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return {
      // Each get parses afresh, so each caller has its own copy, as from parsing.
      data: parsed,
      validated: (kind) => (Object.hasOwn(validated, kind) ? structuredClone(validated[kind]) : undefined),
    };
  } catch {
    return undefined;
  }
}

let built: YamlCache | undefined;

/** The build's cache, read once; none when it is missing, unreadable or made by other code. */
export function builtYamlCache(): YamlCache {
  built ??= readYamlCache(BUILT_CACHE_FILE);
  return built;
}

/** A cache file read back; NO_CACHE when in any doubt (missing, too big, not JSON, other code). */
export function readYamlCache(file: string, maxBytes: number = MAX_CACHE_BYTES): YamlCache {
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > maxBytes) return NO_CACHE;
    const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
    const entries = cache?.entries;
    if (entries === null || typeof entries !== 'object' || cache?.code !== codeFingerprint()) return NO_CACHE;
    return yamlCacheOf(entries);
  } catch {
    return NO_CACHE;
  }
}

/**
 * Parses and validates every YAML file under a folder. A file that does not parse, or a result that
 * does not survive JSON unchanged (e.g. `.inf`), is left out: loading it does the work, as without a cache.
 */
export function collectYamlCache(dir: string): Entries {
  const entries: Entries = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    let text: string;
    let data: unknown;
    try {
      // Read as loading reads (boundedRead.ts), so the text hashed here is the text hashed there.
      text = readTextFile(join(dir, name));
      data = parseYamlText(join(dir, name), text).data;
    } catch (error) {
      if (error instanceof InputError) continue;
      throw error;
    }
    const json = asJson(data);
    if (json === undefined) continue;
    const valid: Entries[string]['valid'] = {};
    for (const kind of FILE_KINDS) {
      const result = fileSchemas()[kind].safeParse(data);
      const validJson = result.success ? asJson(result.data) : undefined;
      if (validJson !== undefined) valid[kind] = validJson;
    }
    const key = contentKey(text);
    entries[key] = { data: json, valid, check: entryCheck(key, json, valid) };
  }
  return entries;
}

/** JSON text that gives back exactly this value, or undefined. */
function asJson(value: unknown): string | undefined {
  const json = JSON.stringify(value);
  return isDeepStrictEqual(JSON.parse(json), value) ? json : undefined;
}

/** Writes the cache of a folder's YAML (npm run build: scenarios/ into dist/); gives the number of files. */
export function writeYamlCache(dir: string, file: string = BUILT_CACHE_FILE): number {
  const cache: CacheFile = { code: codeFingerprint(), entries: collectYamlCache(dir) };
  // Whole or absent: a build killed midway leaves no half cache behind (a half one would be a miss anyway).
  writeFileSync(`${file}.tmp`, JSON.stringify(cache));
  renameSync(`${file}.tmp`, file);
  return Object.keys(cache.entries).length;
}
