// Reads one YAML file into plain data, turning every failure into a Problem with a location.
import type { z } from 'zod';
import { readTextFile } from './boundedRead.js';
import type { Problem } from './errors.js';
import { fileSchemas, type FileData, type FileKind } from './schema.js';
import { builtYamlCache, type YamlCache } from './yamlCache.js';
import { locateLazily, parseYamlText, type YamlFile } from './yamlParse.js';

export { parseYamlText, type YamlFile } from './yamlParse.js';

/** The file's data: the build's cached data when the text is unchanged since the build, else parsed. */
export function readYamlFile(file: string, cache: YamlCache = builtYamlCache()): YamlFile {
  // Bounded, regular files only, UTF-8 (boundedRead.ts); these checks come before the cache's.
  const text = readTextFile(file);
  const cached = cache.get(text);
  if (cached !== undefined) return { file, ...cached, locate: locateLazily(file, text) };
  return parseYamlText(file, text);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Validates a parsed file against the schema of its kind: every problem, each with its field path, and
 * data repaired so that later checks (references, profiles, provenance) can still run. A failing value is dropped (a field
 * inherits or defaults, an entry leaves its list); a required field whose value carries no reference
 * is filled from `placeholders`. Data is undefined when it cannot be repaired; only the first pass's
 * problems are reported, never those the repair makes.
 */
export function validateLenient<K extends FileKind>(
  yaml: YamlFile,
  kind: K,
  placeholders: Record<string, unknown> = {},
): { data: FileData[K] | undefined; problems: Problem[] } {
  // Valid at the build, with the same text and the same schema: what safeParse would give now.
  const validated = yaml.validated?.(kind) as FileData[K] | undefined;
  if (validated !== undefined) return { data: validated, problems: [] };
  const schema = fileSchemas()[kind] as unknown as z.ZodType<FileData[K]>;
  const first = schema.safeParse(yaml.data);
  if (first.success) return { data: first.data, problems: [] };
  const problems = first.error.issues.flatMap((issue) => describeIssue(yaml, issue));
  const data = structuredClone(yaml.data) as Record<string, unknown>;
  let issues = first.error.issues;
  for (let attempt = 0; attempt < 8; attempt++) {
    for (const issue of issues) {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const path of paths) if (!repair(data, path, placeholders)) return { data: undefined, problems };
    }
    sweep(data);
    const again = schema.safeParse(data);
    if (again.success) return { data: again.data, problems };
    issues = again.error.issues;
  }
  return { data: undefined, problems };
}

const REMOVED = Symbol('removed');

function sweep(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i] === REMOVED) value.splice(i, 1);
  }
  for (const child of Object.values(value)) sweep(child);
}

/** Drops the value at a path (or its entry, when it is already absent); false when that cannot help. */
function repair(
  data: Record<string, unknown>,
  path: readonly PropertyKey[],
  placeholders: Record<string, unknown>,
): boolean {
  if (path.length === 0) return false;
  const top = String(path[0]);
  if (path.length === 1 && isAbsent(data, path)) {
    if (!(top in placeholders)) return false;
    data[top] = structuredClone(placeholders[top]);
    return true;
  }
  const target = isAbsent(data, path) ? path.slice(0, -1) : path;
  if (target.length === 0) return false;
  let parent: unknown = data;
  for (const key of target.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)?.[key as string];
  if (parent === null || typeof parent !== 'object') return false;
  const last = target[target.length - 1]!;
  // An entry leaves its list after the pass (sweep), so the other paths' indices still hold.
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = REMOVED;
  else delete (parent as Record<PropertyKey, unknown>)[last];
  return true;
}

function describeIssue(yaml: YamlFile, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file: yaml.file,
      // A key that is not a name may be a whole line of a file that is not YAML at all (a password
      // file): it is located, never quoted.
      ...(isKeyName(key)
        ? { path: formatPath([...path, key]), message: 'unknown key' }
        : { path: formatPath(path), message: 'unknown key (not quoted: not a key name)' }),
      ...yaml.locate([...path, key], 'key'),
    }));
  }
  if (issue.code === 'invalid_key') {
    // A bad key of a record: what the key should be, at the key rather than its value.
    const why = issue.issues[0]?.message ?? 'not allowed here';
    return [{ file: yaml.file, path: formatPath(path), message: `bad key: ${why}`, ...yaml.locate(path, 'key') }];
  }
  const message = isAbsent(yaml.data, path)
    ? `missing required field (expected ${expectation(issue)})`
    : plainMessage(issue);
  return [{ file: yaml.file, path: formatPath(path), message, ...yaml.locate(path) }];
}

/** A key worth quoting back: a short name, as every key of every schema is. */
function isKeyName(key: string): boolean {
  return /^[\p{L}\p{N}_.-]{1,40}$/u.test(key);
}

/** True when the key at the end of the path is not in its parent mapping at all; zod words that per type. */
function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  return parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path[path.length - 1]!);
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && typeof issue.minimum === 'number' && issue.origin === 'number')
    return issue.inclusive === false ? `must be above ${issue.minimum}` : `must be at least ${issue.minimum}`;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'number')
    return issue.inclusive === false ? `must be below ${issue.maximum}` : `must be at most ${issue.maximum}`;
  return issue.message.replace(/^Invalid input: /, '');
}
