// The issue catalogue and the raw (unresolved) delegation profiles of a scenario folder.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueDef } from '../domain/types.js';
import { readTextFile } from './boundedRead.js';
import { outsideCatalogue } from './catalogueFile.js';
import { InputError, type Problem } from './errors.js';
import type { ProfileInput } from './schema.js';
import { readYamlFile, validateLenient, type YamlFile } from './yamlFile.js';

export interface RawProfile {
  id: string;
  input: ProfileInput;
  file: string;
  /** Field path of this profile inside its file, for messages. */
  at: string;
  yaml: YamlFile;
}

export interface Catalogue {
  dir: string;
  issues: IssueDef[];
  issuesFile: string;
  profiles: Map<string, RawProfile>;
}

type Partly = { catalogue: Catalogue; problems: Problem[]; issuesOk: boolean; profilesOk: boolean };

/**
 * Catalogues already loaded, by folder. Whoever creates one owns it (a command, a UI session, a test);
 * the loader's default lives as long as the process. A hit is only served while the text of every
 * file it was built from is unchanged, so a long-running process (the UI, a worker) sees edits.
 */
export class CatalogueCache {
  private readonly entries = new Map<string, { signature: string; catalogue: Catalogue }>();

  load(dir: string): Catalogue {
    const { catalogue, problems } = this.loadPartly(dir);
    if (problems.length > 0) throw new InputError(problems);
    return catalogue;
  }

  /**
   * The catalogue with every file that loads, and the problems of those that do not, so that a forum
   * can still be checked against it. `issuesOk` and `profilesOk` say which halves are whole.
   */
  loadPartly(dir: string): Partly {
    // Read before loading: a file edited meanwhile makes the next load miss, never serve stale data.
    const signature = catalogueSignature(dir);
    const cached = this.entries.get(dir);
    if (cached?.signature === signature) {
      return { catalogue: cached.catalogue, problems: [], issuesOk: true, profilesOk: true };
    }
    const partly = readCatalogue(dir);
    if (partly.problems.length === 0) this.entries.set(dir, { signature, catalogue: partly.catalogue });
    else this.entries.delete(dir);
    return partly;
  }
}

/** The process's catalogues, for callers that bring none. */
export const processCatalogues = new CatalogueCache();

export function loadCatalogue(dir: string, cache: CatalogueCache = processCatalogues): Catalogue {
  return cache.load(dir);
}

export function loadCataloguePartly(dir: string, cache: CatalogueCache = processCatalogues): Partly {
  return cache.loadPartly(dir);
}

/** The names and texts of the files a catalogue is read from, hashed; cheap next to parsing them. */
function catalogueSignature(dir: string): string {
  const hash = createHash('sha1');
  for (const file of [join(dir, 'issues.yaml'), ...actorFiles(dir)]) {
    let text: string;
    try {
      // Bounded like every read: issues.yaml may be a link to /dev/zero; a link out is not read.
      const outside = outsideCatalogue(dir, file);
      if (outside) throw new InputError([outside]);
      text = readTextFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      text = `\0unreadable: ${error.message}`;
    }
    hash.update(`${file}\0${text.length}\0`).update(text);
  }
  return hash.digest('hex');
}

function readCatalogue(dir: string): Partly {
  const issuesFile = join(dir, 'issues.yaml');
  const problems: Problem[] = [];
  let issues: IssueDef[] = [];
  try {
    issues = loadIssues(issuesFile, readCatalogueYaml(dir, issuesFile));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  const issuesOk = problems.length === 0;
  const { profiles, profilesOk } = readProfiles(dir, problems);
  return { catalogue: { dir, issues, issuesFile, profiles }, problems, issuesOk, profilesOk };
}

function readProfiles(dir: string, problems: Problem[]): { profiles: Map<string, RawProfile>; profilesOk: boolean } {
  const profiles = new Map<string, RawProfile>();
  let profilesOk = true;
  for (const file of actorFiles(dir)) {
    try {
      const yaml = readCatalogueYaml(dir, file);
      // A profile file with schema errors still lends the rest of its profiles, so a forum can be checked.
      const { data: parsed, problems: schemaProblems } = validateLenient(yaml, 'actors');
      problems.push(...schemaProblems);
      if (!parsed) {
        profilesOk = false;
        continue;
      }
      for (const [id, input] of Object.entries(parsed.profiles)) {
        const earlier = profiles.get(id);
        if (earlier) {
          problems.push({
            file,
            path: `profiles.${id}`,
            message: `duplicate profile id, already defined in ${earlier.file}`,
            ...yaml.locate(['profiles', id]),
          });
          continue;
        }
        profiles.set(id, { id, input, file, at: `profiles.${id}`, yaml });
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      profilesOk = false;
    }
  }
  return { profiles, profilesOk };
}

/** The issues of an issues.yaml; `yaml` when the caller has already read it. */
export function loadIssues(file: string, yaml: YamlFile = readYamlFile(file)): IssueDef[] {
  const { data: parsed, problems } = validateLenient(yaml, 'issues');
  if (!parsed) throw new InputError(problems);
  const issues = Object.entries(parsed.issues).map(([id, issue]) => {
    issue.ladder.forEach((rung, index) => {
      const at = ['issues', id, 'ladder', index];
      if (index === 0 && rung.id !== 'omit')
        problems.push({ file, path: at.join('.') + '.id', message: 'rung 0 must be "omit"', ...yaml.locate(at) });
      if (index > 0 && !rung.text)
        problems.push({
          file,
          path: at.join('.') + '.text',
          message: 'missing required field (the sentence this rung puts into the statement)',
          ...yaml.locate(at),
        });
    });
    const ids = issue.ladder.map((rung) => rung.id);
    issue.ladder.forEach((rung, index) => {
      if (rung.attributes === undefined) return;
      const at = ['issues', id, 'ladder', index, 'attributes'];
      if (!ids.includes(rung.attributes) || rung.attributes === rung.id || rung.attributes === 'omit') {
        problems.push({
          file,
          path: at.join('.'),
          message: `expected another rung of this ladder (not omit), got "${rung.attributes}"; rungs are ${ids.join(', ')}`,
          ...yaml.locate(at),
        });
      }
    });
    const seen = new Set<string>();
    for (const rung of issue.ladder) {
      if (seen.has(rung.id))
        problems.push({
          file,
          path: `issues.${id}.ladder`,
          message: `duplicate rung "${rung.id}"`,
          ...yaml.locate(['issues', id, 'ladder']),
        });
      seen.add(rung.id);
    }
    return {
      id,
      title: issue.title,
      droppable: issue.droppable,
      ladder: issue.ladder.map((rung) => ({
        id: rung.id,
        text: rung.text ?? null,
        ...(rung.attributes ? { attributes: rung.attributes } : {}),
      })),
      // Only when stated, so an issue without it has the content (and hash) it had before.
      ...(issue.since !== undefined ? { since: issue.since } : {}),
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return issues;
}

/** A file of the catalogue in `dir`, read only when it is inside that folder (catalogueFile.ts). */
function readCatalogueYaml(dir: string, file: string): YamlFile {
  const outside = outsideCatalogue(dir, file);
  if (outside) throw new InputError([outside]);
  return readYamlFile(file);
}

function actorFiles(dir: string): string[] {
  const actorsDir = join(dir, 'actors');
  try {
    if (!statSync(actorsDir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(actorsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(actorsDir, name));
}
