// The seed corpus of the scenario-file fuzz: the real built-in files, laid out as in scenarios/, and
// the ids they use (actors, issues, rungs), which some mutations rename everywhere at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DIR } from '../../src/scenario/loader.js';

/** A case's files: path relative to the case's scenarios/ folder -> contents (text, or bytes after a byte-level mutation). */
export type CaseFiles = Map<string, string | Buffer>;

export interface Corpus {
  /** Forum files, relative to scenarios/: the built-in ones (`arf-2022.yaml`) and the record cases (`record/…`). */
  forums: string[];
  /** The catalogue files every case carries: issues.yaml and actors/*.yaml. */
  catalogue: string[];
  /** Text of every file above. */
  texts: Map<string, string>;
  actorIds: string[];
  issueIds: string[];
  rungIds: string[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

/** Keys of the mapping under a top-level key, at two spaces of indent (`profiles:` / `issues:`). */
function secondLevelKeys(text: string): string[] {
  return [...text.matchAll(/^ {2}([A-Za-z][\w-]*):\s*$/gm)].map((m) => m[1]!);
}

let cached: Corpus | undefined;

export function corpus(): Corpus {
  if (cached) return cached;
  const texts = new Map<string, string>();
  const read = (rel: string) => texts.set(rel, readFileSync(join(BUILTIN_DIR, rel), 'utf8'));
  const forums = [
    ...yamlFiles(BUILTIN_DIR).filter((name) => name !== 'issues.yaml'),
    ...yamlFiles(join(BUILTIN_DIR, 'record')).map((name) => `record/${name}`),
  ];
  const catalogue = ['issues.yaml', ...yamlFiles(join(BUILTIN_DIR, 'actors')).map((name) => `actors/${name}`)];
  for (const rel of [...forums, ...catalogue]) read(rel);
  // A built-in forum uses the built-in catalogue by default; in a case it must use the case's copy,
  // so that mutations of the catalogue reach it. Record cases already say `catalogue: ..`.
  for (const rel of forums) {
    const text = texts.get(rel)!;
    if (!/^catalogue:/m.test(text)) texts.set(rel, `${text.replace(/\n*$/, '\n')}catalogue: .\n`);
  }
  const issues = texts.get('issues.yaml')!;
  const actorIds = [...new Set(catalogue.slice(1).flatMap((rel) => secondLevelKeys(texts.get(rel)!)))].sort();
  const issueIds = secondLevelKeys(issues);
  const rungIds = [...new Set([...issues.matchAll(/- id: ([\w-]+)/g)].map((m) => m[1]!))].sort();
  cached = { forums, catalogue, texts, actorIds, issueIds, rungIds };
  return cached;
}

/** The files of a case before mutation: one forum file and the whole catalogue. */
export function baseFiles(forum: string): CaseFiles {
  const { catalogue, texts } = corpus();
  return new Map([forum, ...catalogue].map((rel) => [rel, texts.get(rel)!]));
}
