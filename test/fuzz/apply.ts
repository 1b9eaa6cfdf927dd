// Applies the fuzz's mutations to a case's files. Each mutation picks its target (a key line, a word,
// a quoted string...) with a number taken modulo the candidates, so every plan applies to any file
// and shrinks toward the first candidate. Text-level on purpose: the files keep their comments and
// layout, and a mutation can break the YAML itself as easily as the data.
import { baseFiles, corpus, type CaseFiles } from './corpus.js';

/** A file of the case: `forum` (whichever the case uses), `issues.yaml` or `actors/NAME.yaml`. */
export type FileRef = string;

/** A replacement value: flow text on the key's line, or a block under it. */
export type Value = { flow: string } | { block: 'list' | 'map' | 'literal'; items: string[] };

export type Mutation =
  | { op: 'cut'; file: FileRef; at: number }
  | { op: 'bytes'; file: FileRef; at: number; bytes: number[] }
  | { op: 'deleteKey'; file: FileRef; at: number }
  | { op: 'duplicateKey'; file: FileRef; at: number; value?: Value }
  | { op: 'setValue'; file: FileRef; at: number; value: Value }
  | { op: 'renameKey'; file: FileRef; at: number; key: string }
  | { op: 'insertKey'; file: FileRef; at: number; key: string; value: Value }
  | { op: 'replaceWord'; file: FileRef; at: number; text: string }
  | { op: 'insertText'; file: FileRef; at: number; where: 'anywhere' | 'key' | 'quoted' | 'value'; text: string }
  | { op: 'rename'; kind: 'actor' | 'issue' | 'rung'; at: number; to: string }
  | { op: 'alias'; file: FileRef; from: number; to: number; self: boolean }
  | { op: 'aliasBomb'; file: FileRef; at: number; levels: number; width: number }
  | { op: 'wrap'; file: FileRef; before: string; after: string }
  | { op: 'replaceFile'; file: FileRef; text: string }
  | { op: 'layout'; layout: Layout; at: number };

/** Changes to the catalogue folder: files missing, folders where files belong and back, extra files. */
export type Layout =
  | 'noIssues'
  | 'issuesDir'
  | 'noActors'
  | 'actorsFile'
  | 'actorDir'
  | 'emptyActor'
  | 'copyActor'
  | 'ymlActor'
  | 'hiddenActor'
  | 'forumAsActor';

export interface CasePlan {
  /** The forum file, relative to scenarios/ (`arf-2022.yaml`, `record/…`). */
  forum: string;
  mutations: Mutation[];
}

/** The files of a case: the base files with every mutation applied in order. */
export function applyPlan(plan: CasePlan): CaseFiles {
  const files = baseFiles(plan.forum);
  for (const mutation of plan.mutations) {
    if (mutation.op === 'rename') {
      renameEverywhere(files, mutation);
      continue;
    }
    if (mutation.op === 'layout') {
      changeLayout(files, plan.forum, mutation);
      continue;
    }
    const rel = mutation.file === 'forum' ? plan.forum : mutation.file;
    const before = files.get(rel);
    if (before === undefined) continue;
    files.set(rel, applyToFile(before, mutation));
  }
  return files;
}

function applyToFile(contents: string | Buffer, m: Exclude<Mutation, { op: 'rename' | 'layout' }>): string | Buffer {
  if (m.op === 'cut') {
    const bytes = Buffer.from(contents);
    return bytes.subarray(0, m.at % (bytes.length + 1));
  }
  if (m.op === 'bytes') {
    const bytes = Buffer.from(contents);
    const at = m.at % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
  }
  // A text mutation after a byte-level one sees the bytes as the loader does: decoded as UTF-8.
  const text = typeof contents === 'string' ? contents : contents.toString('utf8');
  switch (m.op) {
    case 'deleteKey':
      return onKeyLine(text, m.at, (lines, key) => deleteKey(lines, key));
    case 'duplicateKey':
      return onKeyLine(text, m.at, (lines, key) => duplicateKey(lines, key, m.value));
    case 'setValue':
      return onKeyLine(text, m.at, (lines, key) =>
        lines.splice(key.index, key.end - key.index, ...render(key, m.value)),
      );
    case 'renameKey':
      return onKeyLine(text, m.at, (lines, key) => {
        lines[key.index] = `${key.indent}${key.dash}${m.key}:${key.rest}`;
      });
    case 'insertKey':
      return onKeyLine(text, m.at, (lines, key) => {
        const sibling = { ...key, indent: ' '.repeat(key.column), dash: '', key: m.key };
        lines.splice(key.end, 0, ...render(sibling, m.value));
      });
    case 'replaceWord':
      return replaceSpan(
        text,
        [...text.matchAll(/[A-Za-z0-9_.+-]+/g)].map((match) => spanOf(match)),
        m.at,
        () => m.text,
      );
    case 'insertText':
      return insertText(text, m);
    case 'alias':
      return alias(text, m);
    case 'aliasBomb':
      return aliasBomb(text, m);
    case 'wrap':
      return `${m.before}${text}${m.after}`;
    case 'replaceFile':
      return m.text;
  }
}

/** A `key: value` line of a block mapping, and the lines its value spans. */
interface KeyLine {
  index: number;
  /** One past the last line of the key's value (nested block, continued flow). */
  end: number;
  indent: string;
  dash: string;
  key: string;
  /** The text after the colon. */
  rest: string;
  column: number;
}

const KEY_LINE = /^( *)(- +)?([^\s#-][^:#]*?|"[^"\n]*"):((?: .*)?)$/;

function keyLines(lines: string[]): KeyLine[] {
  const found: KeyLine[] = [];
  lines.forEach((line, index) => {
    const m = KEY_LINE.exec(line);
    if (!m) return;
    const [, indent = '', dash = '', key = '', rest = ''] = m;
    const column = indent.length + dash.length;
    let end = index + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > column)) end++;
    while (end > index + 1 && lines[end - 1]!.trim() === '') end--;
    found.push({ index, end, indent, dash, key, rest, column });
  });
  return found;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function onKeyLine(text: string, at: number, edit: (lines: string[], key: KeyLine) => void): string {
  const lines = text.split('\n');
  const keys = keyLines(lines);
  if (keys.length === 0) return text;
  edit(lines, keys[at % keys.length]!);
  return lines.join('\n');
}

function deleteKey(lines: string[], key: KeyLine): void {
  // A list item keeps its dash, so that the item's other keys (indented under it) still parse.
  if (key.dash) lines.splice(key.index, key.end - key.index, `${key.indent}-`);
  else lines.splice(key.index, key.end - key.index);
}

function duplicateKey(lines: string[], key: KeyLine, value: Value | undefined): void {
  const copy = { ...key, indent: ' '.repeat(key.column), dash: '' };
  const block = value
    ? render(copy, value)
    : [`${copy.indent}${key.key}:${key.rest}`, ...lines.slice(key.index + 1, key.end)];
  lines.splice(key.end, 0, ...block);
}

function render(key: Pick<KeyLine, 'indent' | 'dash' | 'key' | 'column'>, value: Value): string[] {
  const head = `${key.indent}${key.dash}${key.key}:`;
  if ('flow' in value) return [value.flow === '' ? head : `${head} ${value.flow}`];
  const pad = ' '.repeat(key.column + 2);
  if (value.block === 'literal') return [`${head} |`, ...value.items.map((item) => `${pad}${item}`)];
  return [head, ...value.items.map((item) => `${pad}${value.block === 'list' ? '- ' : ''}${item}`)];
}

interface Span {
  start: number;
  end: number;
}

/** The span of a match, or of one of its groups (the pattern needs the `d` flag then). */
function spanOf(m: RegExpMatchArray, group = 0): Span {
  const [start, end] = group === 0 ? [m.index!, m.index! + m[0].length] : m.indices![group]!;
  return { start, end };
}

function replaceSpan(text: string, spans: Span[], at: number, by: (old: string) => string): string {
  if (spans.length === 0) return text;
  const span = spans[at % spans.length]!;
  return text.slice(0, span.start) + by(text.slice(span.start, span.end)) + text.slice(span.end);
}

function insertText(text: string, m: Extract<Mutation, { op: 'insertText' }>): string {
  if (m.where === 'anywhere') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const patterns = {
    key: [/^ *(?:- +)?([^\s#-][^:#\n]*?):(?= |$)/dgm, /[{,] *([A-Za-z][\w.-]*):/dg],
    quoted: [/"((?:[^"\\\n]|\\.)*)"/dg, /'([^'\n]*)'/dg],
    value: [/: +([A-Za-z0-9][^,#\]}\n]*)/dg],
  }[m.where];
  const spans = patterns.flatMap((re) => [...text.matchAll(re)].map((match) => spanOf(match, 1)));
  if (spans.length === 0) return text;
  const span = spans[m.at % spans.length]!;
  const offset = span.start + (Math.floor(m.at / spans.length) % (span.end - span.start + 1));
  return text.slice(0, offset) + m.text + text.slice(offset);
}

/** Inline values of key lines: where an anchor can go and an alias can stand. */
function valueSpans(text: string): Span[] {
  return [...text.matchAll(/^ *(?:- +)?[^\s#-][^:#\n]*?: +([^\s&*|>#].*)$/dgm)].map((m) => spanOf(m, 1));
}

function alias(text: string, m: Extract<Mutation, { op: 'alias' }>): string {
  const spans = valueSpans(text);
  if (spans.length === 0) return text;
  const anchor = spans[m.from % spans.length]!;
  const use = spans[m.to % spans.length]!;
  if (m.self || anchor === use) return replaceSpan(text, [anchor], 0, (old) => `&fz [${old}, *fz]`);
  // The later span first, so that the earlier one's offsets still hold.
  const [first, second] = anchor.start < use.start ? [anchor, use] : [use, anchor];
  const edit = (span: Span, old: string) => (span === anchor ? `&fz ${old}` : '*fz');
  let out = text.slice(0, second.start) + edit(second, text.slice(second.start, second.end)) + text.slice(second.end);
  out = out.slice(0, first.start) + edit(first, out.slice(first.start, first.end)) + out.slice(first.end);
  return out;
}

/** "Billion laughs": each level a list of `width` aliases of the one before, used at a value. */
function aliasBomb(text: string, m: Extract<Mutation, { op: 'aliasBomb' }>): string {
  const defs = [`bomb0: &b0 [${Array(m.width).fill('lol').join(', ')}]`];
  for (let level = 1; level < m.levels; level++)
    defs.push(
      `bomb${level}: &b${level} [${Array(m.width)
        .fill(`*b${level - 1}`)
        .join(', ')}]`,
    );
  const spans = valueSpans(text);
  const used = replaceSpan(text, spans, m.at, () => `*b${m.levels - 1}`);
  // After any leading comments and directives, so that the anchors come before their use.
  const start = used.search(/^[^#%\n]/m);
  const at = start < 0 ? used.length : start;
  return `${used.slice(0, at)}${defs.join('\n')}\n${used.slice(at)}`;
}

/** Renames one actor, issue or rung id in every file of the case, as a consistent edit would. */
function renameEverywhere(files: CaseFiles, m: Extract<Mutation, { op: 'rename' }>): void {
  const { actorIds, issueIds, rungIds } = corpus();
  const ids = { actor: actorIds, issue: issueIds, rung: rungIds }[m.kind];
  const id = ids[m.at % ids.length]!;
  const pattern = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?![\\w-])`, 'g');
  for (const [rel, contents] of files) {
    const text = typeof contents === 'string' ? contents : contents.toString('utf8');
    files.set(
      rel,
      text.replace(pattern, () => m.to),
    );
  }
}

function changeLayout(files: CaseFiles, forum: string, m: Extract<Mutation, { op: 'layout' }>): void {
  const actors = [...files.keys()].filter((rel) => rel.startsWith('actors/'));
  const actor = actors[m.at % Math.max(1, actors.length)];
  const removeActors = () => actors.forEach((rel) => files.delete(rel));
  switch (m.layout) {
    case 'noIssues':
      files.delete('issues.yaml');
      break;
    case 'issuesDir':
      files.delete('issues.yaml');
      files.set('issues.yaml/README', '');
      break;
    case 'noActors':
      removeActors();
      break;
    case 'actorsFile':
      removeActors();
      files.set('actors', 'profiles: {}\n');
      break;
    case 'actorDir':
      if (actor === undefined) break;
      files.delete(actor);
      files.set(`${actor}/README`, '');
      break;
    case 'emptyActor':
      files.set('actors/zz-empty.yaml', '');
      break;
    case 'copyActor':
      if (actor !== undefined) files.set('actors/zz-copy.yaml', files.get(actor)!);
      break;
    case 'ymlActor':
      if (actor === undefined) break;
      files.set(actor.replace(/\.yaml$/, '.yml'), files.get(actor)!);
      files.delete(actor);
      break;
    case 'hiddenActor':
      if (actor !== undefined) files.set('actors/.hidden.yaml', files.get(actor)!);
      break;
    case 'forumAsActor':
      files.set('actors/zz-forum.yaml', files.get(forum) ?? '');
      break;
  }
}
