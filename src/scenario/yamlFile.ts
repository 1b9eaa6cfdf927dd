// Reads one YAML file into plain data, turning every failure into a Problem with a location.
import { readFileSync, statSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError, type Problem } from './errors.js';

export interface YamlFile {
  file: string;
  data: unknown;
  /** Line and column of the node at a field path, when the file has one there. */
  locate(path: readonly PropertyKey[]): { line?: number; column?: number };
}

export function readYamlFile(file: string): YamlFile {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError([{ file, path: '', message: 'is a directory, expected a YAML file' }]);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`;
    throw new InputError([{ file, path: '', message }]);
  }
  return parseYamlText(file, text);
}

export function parseYamlText(file: string, text: string): YamlFile {
  if (text.trim() === '') throw new InputError([{ file, path: '', message: 'is empty, expected a YAML mapping' }]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, path: '', message: `malformed YAML: ${firstLine(e.message)}`, line: pos.line, column: pos.col };
      }),
    );
  }
  const dangling = danglingAlias(doc, lineCounter);
  if (dangling) throw new InputError([{ file, path: '', ...dangling }]);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // toJS refuses too many aliases (a "billion laughs" file) with a ReferenceError.
    throw new InputError([{ file, path: '', message: `malformed YAML: ${firstLine((error as Error).message)}` }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError([{ file, path: '', message: 'expected a YAML mapping at the top level' }]);
  }
  return { file, data, locate: (path) => locateIn(doc, lineCounter, path) };
}

/** The first `*alias` with no anchor before it; the parser accepts it and toJS would throw without a location. */
function danglingAlias(doc: Document, lineCounter: LineCounter): Omit<Problem, 'file' | 'path'> | undefined {
  let found: Omit<Problem, 'file' | 'path'> | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      found = {
        message: `malformed YAML: alias *${node.source} has no anchor &${node.source} before it`,
        line: pos?.line,
        column: pos?.col,
      };
      return visit.BREAK;
    },
  });
  return found;
}

function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]) {
  // Walk up until a node exists: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Validates a parsed file against a schema; all problems at once, each with its field path. */
export function validateFile<S extends z.ZodType>(yaml: YamlFile, schema: S): z.infer<S> {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.flatMap((issue) => describeIssue(yaml, issue));
  throw new InputError(problems);
}

/**
 * Validates like validateFile but does not stop at the schema: the problems, and data repaired so that
 * later checks (references, profiles, provenance) can still run. A failing value is dropped (a field
 * inherits or defaults, an entry leaves its list); a required field whose value carries no reference
 * is filled from `placeholders`. Data is undefined when it cannot be repaired; only the first pass's
 * problems are reported, never those the repair makes.
 */
export function validateLenient<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  placeholders: Record<string, unknown> = {},
): { data: z.infer<S> | undefined; problems: Problem[] } {
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
      path: formatPath([...path, key]),
      message: 'unknown key',
      ...yaml.locate([...path, key]),
    }));
  }
  const message = isAbsent(yaml.data, path)
    ? `missing required field (expected ${expectation(issue)})`
    : plainMessage(issue);
  return [{ file: yaml.file, path: formatPath(path), message, ...yaml.locate(path) }];
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
    return `must be at least ${issue.minimum}`;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'number')
    return `must be at most ${issue.maximum}`;
  return issue.message.replace(/^Invalid input: /, '');
}
