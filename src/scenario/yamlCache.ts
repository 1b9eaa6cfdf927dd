// A build-time cache of parsed and validated YAML. `npm run build` parses every file under
// scenarios/, validates it against each file schema, and stores the data keyed by the SHA-1 of the
// file's text. Loading still reads every file and hashes it, so an edited file misses and is parsed
// and validated as usual: the cache makes loading faster, never different.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Per text: its data and, per kind it is valid as, the validated data; all as JSON text. */
type Entries = Record<string, { data: string; valid: Partial<Record<FileKind, string>> }>;

interface CacheFile {
  /** The code and package versions the data depends on besides the text (codeFingerprint.ts). */
  code: string;
  entries: Entries;
}

export const NO_CACHE: YamlCache = { get: () => undefined };

export function contentKey(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function yamlCacheOf(entries: Entries): YamlCache {
  return {
    get(text) {
      const entry = entries[contentKey(text)];
      if (entry === undefined) return undefined;
      return {
        data: JSON.parse(entry.data),
        validated: (kind) => (entry.valid[kind] === undefined ? undefined : JSON.parse(entry.valid[kind])),
      };
    },
  };
}

let built: YamlCache | undefined;

/** The build's cache, read once; none when it is missing, unreadable or made by other code. */
export function builtYamlCache(): YamlCache {
  built ??= readYamlCache(BUILT_CACHE_FILE);
  return built;
}

export function readYamlCache(file: string): YamlCache {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.code === codeFingerprint() ? yamlCacheOf(cache.entries) : NO_CACHE;
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
    entries[contentKey(text)] = { data: json, valid };
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
  writeFileSync(file, JSON.stringify(cache));
  return Object.keys(cache.entries).length;
}
