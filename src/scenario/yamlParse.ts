// Parses YAML text into plain data with the `yaml` package, turning every failure into a Problem
// with a location. Strict: YAML 1.2 core only (no tags beyond !!str, !!int, !!float, !!bool, !!null,
// !!map and !!seq), unique keys, limited alias expansion and nesting (yamlWalk.ts). Linear in the
// size of the text, however many problems it has.
import type { Document, YAMLError } from 'yaml';
import { tooDeepFlow } from './flowDepth.js';
import { textPositions, type TextPositions } from './textPositions.js';
import { InputError, type Problem } from './errors.js';
import { limitProblems } from './problemLimit.js';
import type { FileKind } from './schema.js';
import { yamlLibrary } from './yamlLibrary.js';
import { indexDocument, MAX_DEPTH, pathKey, type Spot } from './yamlWalk.js';

export { yamlLibrary } from './yamlLibrary.js';

/** How many copies aliases may make when the data is built (the yaml package's maxAliasCount). */
export const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  file: string;
  data: unknown;
  /** Line and column of the value at a field path (or of its key), else of its nearest enclosing field. */
  locate(path: readonly PropertyKey[], part?: 'key' | 'value'): { line?: number; column?: number };
  /** The data as the schema of a kind gives it, when the build found it valid (yamlCache.ts). */
  validated?(kind: FileKind): unknown;
}

export function parseYamlText(file: string, text: string): YamlFile {
  if (text.trim() === '') throw new InputError([{ file, path: '', message: 'is empty, expected a YAML mapping' }]);
  const deep = tooDeepFlow(text, MAX_DEPTH);
  if (deep !== undefined) {
    const pos = textPositions(text).linePos(deep);
    throw new InputError([
      { file, path: '', message: `nested deeper than ${MAX_DEPTH} levels`, line: pos.line, column: pos.col },
    ]);
  }
  const { parseDocument } = yamlLibrary();
  const lineCounter = textPositions(text);
  // uniqueKeys off: its check is quadratic; yamlWalk.ts finds duplicates in one pass instead.
  // resolveKnownTags off: !!binary, !!set, !!timestamp and the like are warned about, at the tag.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, resolveKnownTags: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const fail = (problems: Omit<Problem, 'file'>[]): never => {
    throw new InputError(limitProblems(problems.map((p) => ({ file, ...p }))));
  };
  if (doc.errors.length > 0) fail(doc.errors.map((e) => ({ path: '', message: errorMessage(e), ...at(e.pos[0]) })));
  const index = indexDocument(doc, (offset) => lineCounter.linePos(offset).line);
  const refused = [
    ...versionProblems(doc),
    ...doc.warnings.map((w) => ({ path: '', message: warningMessage(w), ...at(w.pos[0]) })),
    ...index.problems.map(({ offset, ...p }) => ({ ...p, ...at(offset) })),
  ];
  if (refused.length > 0)
    fail(refused.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // toJS refuses too many aliases (a "billion laughs" file) with a ReferenceError.
    fail([{ path: '', message: aliasMessage(error as Error) }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fail([{ path: '', message: 'expected a YAML mapping at the top level' }]);
  }
  return { file, data, locate: locator(index.spots, lineCounter) };
}

/** A locate for text known to parse, that parses it only when a location is first asked for. */
export function locateLazily(file: string, text: string): YamlFile['locate'] {
  let parsed: YamlFile | undefined;
  return (path, part) => {
    parsed ??= parseYamlText(file, text);
    return parsed.locate(path, part);
  };
}

function locator(spots: Map<string, Spot>, lineCounter: TextPositions): YamlFile['locate'] {
  return (path, part = 'value') => {
    // Walk up until a field exists: a missing field is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const spot = spots.get(pathKey(path.slice(0, depth)));
      if (spot === undefined) continue;
      const pos = lineCounter.linePos(part === 'key' && depth === path.length ? (spot.key ?? spot.value) : spot.value);
      return { line: pos.line, column: pos.col };
    }
    return {};
  };
}

/** `%YAML 1.1` would switch to another schema (yes/no booleans, merge keys, !!binary): 1.2 only. */
function versionProblems(doc: Document): Omit<Problem, 'file'>[] {
  const { explicit, version } = doc.directives?.yaml ?? {};
  if (!explicit || version === '1.2') return [];
  return [
    { path: '', message: `%YAML ${version} is not supported: remove the %YAML line (YAML 1.2 is read)`, line: 1 },
  ];
}

function errorMessage(error: YAMLError): string {
  // The parser turns a stack overflow on very deep nesting into an error of its own.
  if (/Maximum call stack size exceeded/.test(error.message)) return `nested deeper than ${MAX_DEPTH} levels`;
  return `malformed YAML: ${firstLine(error.message)}`;
}

function warningMessage(warning: YAMLError): string {
  if (warning.code === 'TAG_RESOLVE_FAILED') {
    const tag = warning.message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!');
    return `unsupported tag ${tag}: a scenario file holds plain strings, numbers, booleans, lists and mappings`;
  }
  return `YAML: ${firstLine(warning.message)}`;
}

function aliasMessage(error: Error): string {
  if (/Excessive alias count/.test(error.message))
    return `aliases would expand to too many copies (the limit is ${MAX_ALIAS_COUNT}): write the values out`;
  return `malformed YAML: ${firstLine(error.message)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
