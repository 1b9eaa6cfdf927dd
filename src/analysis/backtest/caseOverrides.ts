// A case's own stances: the inline `profiles` of its forum file, which override the catalogue.
// `--no-case-overrides` scores each case without them (participants, host, chair, level, date,
// rules and draft kept), to show how much of the score rests on what a case sets for itself.
import type { Scenario } from '../../domain/types.js';
import { loadScenarioYaml } from '../../scenario/loader.js';
import { readYamlFile } from '../../scenario/yamlFile.js';

const profilesOf = (data: unknown): Record<string, unknown> | null => {
  if (typeof data !== 'object' || data === null || !('profiles' in data)) return null;
  const profiles = (data as { profiles: unknown }).profiles;
  return typeof profiles === 'object' && profiles !== null ? (profiles as Record<string, unknown>) : null;
};

/** The delegations a case file overrides inline, sorted; empty when it sets none. */
export function caseOverrideActors(file: string): string[] {
  return Object.keys(profilesOf(readYamlFile(file).data) ?? {}).sort();
}

/** The case loaded as if its file had no inline `profiles`: every delegation as the catalogue has it. */
export function loadWithoutCaseOverrides(file: string): Scenario {
  const yaml = readYamlFile(file);
  if (profilesOf(yaml.data) === null) return loadScenarioYaml(file, yaml);
  const { profiles: _dropped, ...rest } = yaml.data as Record<string, unknown>;
  // No `validated` here: the build's cached validation is of the file as written, not of this copy.
  return loadScenarioYaml(file, { file, data: rest, locate: yaml.locate });
}
