// One pass over a parsed YAML document: where each field's key and value start, for messages, and
// what the parser lets through but this tool refuses (duplicate or reserved keys, keys that are not
// plain values, aliases with no anchor or inside their own anchor, nesting too deep). A pass, not a
// lookup per field: the yaml package's own duplicate check and getIn are quadratic in a mapping's size.
import type { Document, Node, Pair } from 'yaml';
import type { Problem } from './errors.js';
import { yamlLibrary } from './yamlLibrary.js';

/** Deeper than any scenario file needs; a limit, so that a hostile file cannot exhaust the stack. */
export const MAX_DEPTH = 64;

/** Names that reach an object's prototype machinery when used as keys of plain objects. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Offsets into the text: where the key of a field starts (mapping entries only) and where its value does. */
export interface Spot {
  key?: number;
  value: number;
}

export type WalkProblem = Pick<Problem, 'path' | 'message'> & { offset: number };

export interface DocumentIndex {
  /** Offsets per field path, by pathKey(path). */
  spots: Map<string, Spot>;
  problems: WalkProblem[];
}

/** The index key of a field path: segments as JavaScript property names, each after a NUL. */
export function pathKey(path: readonly PropertyKey[]): string {
  let key = '';
  for (const segment of path) key += '\u0000' + String(segment);
  return key;
}

/** Indexes a document and collects what it holds that this tool refuses; lineOf words "first at line N". */
export function indexDocument(doc: Document, lineOf: (offset: number) => number): DocumentIndex {
  const walker = new Walker(lineOf);
  const root = doc.contents as Node | null;
  const offset = root?.range?.[0] ?? 0;
  walker.spots.set('', { value: offset });
  walker.walk(root, '', 1, offset);
  return { spots: walker.spots, problems: walker.problems };
}

class Walker {
  readonly spots = new Map<string, Spot>();
  readonly problems: WalkProblem[] = [];
  /** Per anchor name, its latest definition so far; open while the walk is inside the anchored node. */
  private readonly anchors = new Map<string, { open: boolean }>();
  private readonly path: (string | number)[] = [];
  private tooDeep = false;
  private readonly yaml = yamlLibrary();

  constructor(private readonly lineOf: (offset: number) => number) {}

  walk(node: unknown, key: string, depth: number, offset: number): void {
    const { isAlias, isMap, isScalar, isSeq } = this.yaml;
    if (isAlias(node)) return this.checkAlias(node.source, node.range?.[0] ?? offset);
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return;
    const anchor = node.anchor ? { open: true } : undefined;
    if (anchor) this.anchors.set(node.anchor!, anchor);
    if ((isMap(node) || isSeq(node)) && depth > MAX_DEPTH) {
      if (!this.tooDeep) this.report(`nested deeper than ${MAX_DEPTH} levels`, node.range?.[0] ?? offset);
      this.tooDeep = true;
    } else if (isMap(node)) this.walkMap(node.items as Pair[], key, depth);
    else if (isSeq(node)) this.walkSeq(node.items, key, depth, offset);
    if (anchor) anchor.open = false;
  }

  private checkAlias(source: string, offset: number): void {
    const anchor = this.anchors.get(source);
    if (anchor === undefined) this.report(`alias *${source} has no anchor &${source} before it`, offset);
    else if (anchor.open) this.report(`alias *${source} is inside the node it refers to (a cycle)`, offset);
  }

  private walkSeq(items: unknown[], key: string, depth: number, offset: number): void {
    items.forEach((item, index) => {
      const itemOffset = (item as Node | null)?.range?.[0] ?? offset;
      this.enter(index, key, { value: itemOffset }, depth, item);
    });
  }

  private walkMap(pairs: Pair[], key: string, depth: number): void {
    const seen = new Map<string, number>();
    for (const pair of pairs) {
      const keyNode = pair.key as Node | null;
      const value = pair.value as Node | null;
      const keyOffset = keyNode?.range?.[0] ?? value?.range?.[0] ?? 0;
      if (keyNode !== null && !this.yaml.isScalar(keyNode)) {
        this.report('a key must be a plain value, not a list, mapping or alias', keyOffset);
        continue;
      }
      // As the yaml package names the property: String of the scalar's value, '' for an empty key.
      const name = keyNode === null || keyNode.value === null ? '' : String(keyNode.value);
      if (keyNode?.anchor) this.anchors.set(keyNode.anchor, { open: false });
      const first = seen.get(name);
      if (RESERVED_KEYS.has(name)) this.report(`"${name}" is not allowed as a key`, keyOffset, name);
      else if (first !== undefined) this.report(`duplicate key (first at line ${this.lineOf(first)})`, keyOffset, name);
      else {
        seen.set(name, keyOffset);
        // An empty value (`key:`) has no text of its own: point at the key.
        const valueOffset = value?.range && value.range[1] > value.range[0] ? value.range[0] : keyOffset;
        this.enter(name, key, { key: keyOffset, value: valueOffset }, depth, value);
      }
    }
  }

  private enter(segment: string | number, parentKey: string, spot: Spot, depth: number, child: unknown): void {
    const key = parentKey + '\u0000' + String(segment);
    this.spots.set(key, spot);
    this.path.push(segment);
    this.walk(child, key, depth + 1, spot.value);
    this.path.pop();
  }

  private report(message: string, offset: number, segment?: string): void {
    const path = segment === undefined ? this.path : [...this.path, segment];
    this.problems.push({ path: path.join('.'), message, offset });
  }
}
