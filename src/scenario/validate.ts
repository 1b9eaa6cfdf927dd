// `forum-sim validate`: works out what kind of file each path is and checks it fully.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadCatalogue, loadCataloguePartly, loadIssues, type Catalogue, type RawProfile } from './catalogue.js';
import { InputError, type Problem } from './errors.js';
import { BUILTIN_DIR, loadScenarioYaml } from './loader.js';
import { levelWarning } from './levelDefault.js';
import { limitProblems } from './problemLimit.js';
import { resolveProfile } from './resolveProfile.js';
import type { ActorsFile } from './schema.js';
import { readYamlFile, validateLenient, type YamlFile } from './yamlFile.js';
import { isSequenceData, loadSequenceYaml } from '../sequence/load.js';

export interface FileReport {
  file: string;
  kind: 'forum' | 'profiles' | 'issues' | 'sequence' | 'unknown';
  problems: Problem[];
  /** What is valid but likely not meant (a summit left to run as ministers); the exit code ignores them. */
  warnings: Problem[];
}

export function validatePath(path: string): FileReport {
  const file = resolve(path);
  let kind: FileReport['kind'] = 'unknown';
  const warnings: Problem[] = [];
  try {
    const yaml = readYamlFile(file);
    const data = yaml.data as Record<string, unknown>;
    if ('issues' in data && !('id' in data)) {
      kind = 'issues';
      loadIssues(file, yaml);
    } else if ('profiles' in data && !('id' in data)) {
      kind = 'profiles';
      validateProfiles(file, yaml);
    } else if (isSequenceData(data)) {
      kind = 'sequence';
      loadSequenceYaml(file, yaml);
    } else {
      kind = 'forum';
      const warning = levelWarning(file, yaml);
      if (warning) warnings.push(warning);
      loadScenarioYaml(file, yaml);
    }
    return { file: path, kind, problems: [], warnings };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file: path, kind, problems: limitProblems(error.problems), warnings };
  }
}

/** Resolves every delegation in a profiles file against the catalogue it belongs to. */
function validateProfiles(file: string, yaml: YamlFile): void {
  // Schema errors and the profiles' own checks (gaps, provenance, references) in one pass.
  const { data: parsed, problems } = validateLenient(yaml, 'actors');
  if (!parsed) throw new InputError(problems);
  let catalogue: Catalogue;
  try {
    catalogue = catalogueFor(file, parsed, yaml);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(dedupe([...problems, ...error.problems]));
  }
  for (const [id, input] of Object.entries(parsed.profiles)) {
    if (input.abstract) continue;
    try {
      resolveProfile(catalogue, id);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(dedupe(problems));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.path}|${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The catalogue folder a profiles file sits in, or the built-in one with this file's profiles on top. */
function catalogueFor(file: string, parsed: ActorsFile, yaml: YamlFile): Catalogue {
  const dir = dirname(dirname(file));
  if (basename(dirname(file)) === 'actors' && existsSync(join(dir, 'issues.yaml'))) {
    // This file's own schema problems are reported by the caller; the rest of its catalogue must load.
    const partly = loadCataloguePartly(dir);
    if (partly.problems.some((p) => p.file !== file))
      throw new InputError(partly.problems.filter((p) => p.file !== file));
    return partly.catalogue;
  }
  const builtin = loadCatalogue(BUILTIN_DIR);
  const profiles = new Map<string, RawProfile>(builtin.profiles);
  for (const [id, input] of Object.entries(parsed.profiles))
    profiles.set(id, { id, input, file, at: `profiles.${id}`, yaml });
  return { ...builtin, profiles };
}
