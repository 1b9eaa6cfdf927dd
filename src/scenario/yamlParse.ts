// Parses YAML text into plain data with the `yaml` package, turning every failure into a Problem
// with a location. The package is loaded on first use, so that a run whose files all come from the
// build's cache (yamlCache.ts) never loads it.
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { InputError, type Problem } from './errors.js';
import type { FileKind } from './schema.js';

export interface YamlFile {
  file: string;
  data: unknown;
  /** Line and column of the node at a field path, when the file has one there. */
  locate(path: readonly PropertyKey[]): { line?: number; column?: number };
  /** The data as the schema of a kind gives it, when the build found it valid (yamlCache.ts). */
  validated?(kind: FileKind): unknown;
}

type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;

/** Synchronous, unlike import(), because loading a file is; in Node `yaml` is a CommonJS package anyway. */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}

export function parseYamlText(file: string, text: string): YamlFile {
  if (text.trim() === '') throw new InputError([{ file, path: '', message: 'is empty, expected a YAML mapping' }]);
  const { LineCounter, parseDocument } = yamlLibrary();
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

/** A locate for text known to parse, that parses it only when a location is first asked for. */
export function locateLazily(file: string, text: string): YamlFile['locate'] {
  let parsed: YamlFile | undefined;
  return (path) => {
    parsed ??= parseYamlText(file, text);
    return parsed.locate(path);
  };
}

/** The first `*alias` with no anchor before it; the parser accepts it and toJS would throw without a location. */
function danglingAlias(doc: Document, lineCounter: LineCounter): Omit<Problem, 'file' | 'path'> | undefined {
  const { visit } = yamlLibrary();
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
  const { isNode } = yamlLibrary();
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
