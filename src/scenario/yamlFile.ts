// Reads one YAML file into plain data, turning every failure into a Problem with a location.
import { readFileSync, statSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
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
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError([{ file, path: '', message: 'expected a YAML mapping at the top level' }]);
  }
  return { file, data, locate: (path) => locateIn(doc, lineCounter, path) };
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
  return [{ file: yaml.file, path: formatPath(path), message: plainMessage(issue), ...yaml.locate(path) }];
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `missing required field (expected ${issue.expected})`;
  if (issue.code === 'too_small' && typeof issue.minimum === 'number' && issue.origin === 'number') return `must be at least ${issue.minimum}`;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'number') return `must be at most ${issue.maximum}`;
  return issue.message.replace(/^Invalid input: /, '');
}
