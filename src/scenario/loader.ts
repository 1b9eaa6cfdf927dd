// Loads a forum file into a validated, fully resolved Scenario. The only module that reads
// scenario files; everything downstream works on plain data.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FALLBACKS,
  type Profile,
  type Provenance,
  type Scenario,
  type Spread,
  type Uncertainty,
  type WalkoutTrigger,
} from '../domain/types.js';
import { processCatalogues, type Catalogue, type CatalogueCache } from './catalogue.js';
import { didYouMean, InputError, type Problem } from './errors.js';
import { checkExpected } from './expectedCheck.js';
import { checkKnownBefore } from './knownBefore.js';
import { levelDefaulted } from './levelDefault.js';
import { limitProblems } from './problemLimit.js';
import { resolveProfile, type Layer } from './resolveProfile.js';
import type { ForumFile } from './schema.js';
import { sha256, stableStringify } from './stableJson.js';
import { parseSpread } from './spreads.js';
import { readYamlFile, validateLenient, type YamlFile } from './yamlFile.js';

export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function builtinScenarioIds(): string[] {
  return readdirSync(BUILTIN_DIR)
    .filter((name) => name.endsWith('.yaml') && name !== 'issues.yaml')
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();
}

/** A built-in id (`arf-2022`) or a path to a forum YAML file. */
export function scenarioPath(ref: string): string {
  const looksLikePath = /[\\/]/.test(ref) || /\.ya?ml$/.test(ref);
  if (looksLikePath) return resolve(ref);
  const ids = builtinScenarioIds();
  if (!ids.includes(ref)) {
    throw new InputError([
      {
        file: ref,
        path: '',
        message: `unknown scenario; built-in ones are ${ids.join(', ')}${didYouMean(ref, ids)} (or give a path to a YAML file)`,
      },
    ]);
  }
  return join(BUILTIN_DIR, `${ref}.yaml`);
}

/** Stand-ins for required fields that no other check refers to, so a bad one does not hide the rest. */
const PLACEHOLDERS = {
  id: 'placeholder',
  name: 'placeholder',
  date: '2000-01-01',
  kind: 'placeholder',
  roundLimit: 1,
  draft: {},
};

export interface LoadOptions {
  /** Where catalogues already read are kept; by default the process's (every hit checked against the files). */
  catalogues?: CatalogueCache;
}

/**
 * Loads and checks a forum file, reporting every problem in one pass: schema errors, a bad catalogue
 * and the forum's references, profiles and provenance together, as far as the file can be read.
 */
export function loadScenario(ref: string, options: LoadOptions = {}): Scenario {
  const file = scenarioPath(ref);
  return loadScenarioYaml(file, readYamlFile(file), options);
}

/** loadScenario for a forum file already read (validate reads a file to tell its kind). */
export function loadScenarioYaml(file: string, yaml: YamlFile, options: LoadOptions = {}): Scenario {
  const { data: forum, problems } = validateLenient(yaml, 'forum', PLACEHOLDERS);
  if (!forum) throw new InputError(limitProblems(problems));
  const catalogueDir = forum.catalogue ? resolve(dirname(file), forum.catalogue) : BUILTIN_DIR;
  if (forum.catalogue && !existsSync(join(catalogueDir, 'issues.yaml'))) {
    throw new InputError(
      limitProblems([
        ...problems,
        { file, path: 'catalogue', message: `no issues.yaml in ${catalogueDir}`, ...yaml.locate(['catalogue']) },
      ]),
    );
  }
  const partly = (options.catalogues ?? processCatalogues).loadPartly(catalogueDir);
  problems.push(...partly.problems);
  return buildScenario(file, yaml, forum, partly.catalogue, problems, {
    issues: partly.issuesOk,
    profiles: partly.profilesOk,
  });
}

function buildScenario(
  file: string,
  yaml: YamlFile,
  forum: ForumFile,
  catalogue: Catalogue,
  problems: Problem[] = [],
  whole: { issues: boolean; profiles: boolean } = { issues: true, profiles: true },
): Scenario {
  const report = (path: (string | number)[], message: string) =>
    problems.push({ file, path: path.join('.'), message, ...yaml.locate(path) });
  const known = [...catalogue.profiles.keys()].filter((id) => !catalogue.profiles.get(id)!.input.abstract);

  const seen = new Set<string>();
  forum.participants.forEach((id, index) => {
    if (seen.has(id)) report(['participants', index], `duplicate participant "${id}"`);
    seen.add(id);
    if (whole.profiles && !catalogue.profiles.has(id))
      report(['participants', index], `unknown actor "${id}"${didYouMean(id, known)}`);
  });
  if (forum.coChair !== undefined && !seen.has(forum.coChair))
    report(['coChair'], `"${forum.coChair}" is not a participant${didYouMean(forum.coChair, forum.participants)}`);
  if (forum.coChair !== undefined && forum.coChair === forum.chair)
    report(['coChair'], 'the co-chair must be another delegation than the chair');
  for (const role of ['host', 'chair'] as const) {
    if (!seen.has(forum[role]))
      report([role], `"${forum[role]}" is not a participant${didYouMean(forum[role], forum.participants)}`);
  }
  (forum.absent ?? []).forEach((id, index) => {
    if (!seen.has(id)) report(['absent', index], `"${id}" is not a participant${didYouMean(id, forum.participants)}`);
  });
  if ((forum.absent ?? []).includes(forum.chair)) report(['absent'], `the chair "${forum.chair}" cannot be absent`);
  for (const [id, inline] of Object.entries(forum.profiles ?? {})) {
    if (!seen.has(id))
      report(['profiles', id], `override for "${id}", who is not a participant${didYouMean(id, forum.participants)}`);
    // An override changes values on top of the catalogue profile; the inheritance chain is the catalogue's.
    for (const key of ['extends', 'abstract'] as const) {
      if (inline[key] !== undefined)
        report(['profiles', id, key], `not allowed in a forum's profile override; set it in the catalogue profile`);
    }
  }
  const dateBroken = problems.some((p) => p.file === file && p.path === 'date');
  checkKnownBefore(forum, dateBroken ? undefined : forum.date, report);
  // validate, backtest and run read a case alike: an expected block that cannot happen is refused.
  checkExpected(forum, whole.issues ? catalogue.issues : undefined, report);

  const issuesById = new Map(catalogue.issues.map((issue) => [issue.id, issue]));
  const draft: Record<string, number> = {};
  for (const [issueId, rungName] of Object.entries(forum.draft)) {
    const issue = issuesById.get(issueId);
    if (!issue && !whole.issues) continue;
    if (!issue) {
      report(['draft', issueId], `unknown issue "${issueId}"${didYouMean(issueId, [...issuesById.keys()])}`);
      continue;
    }
    const rungIds = issue.ladder.map((r) => r.id);
    const index = rungIds.indexOf(rungName);
    if (index < 0)
      report(
        ['draft', issueId],
        `unknown rung "${rungName}"; expected one of ${rungIds.join(', ')}${didYouMean(rungName, rungIds)}`,
      );
    else draft[issueId] = index;
  }

  if (forum.decisionRule === 'consensus' && forum.fallback === undefined) {
    report(['fallback'], `missing required field (expected one of ${FALLBACKS.join(', ')})`);
  }
  (forum.permanent ?? []).forEach((id, index) => {
    if (!seen.has(id))
      report(['permanent', index], `"${id}" is not a participant${didYouMean(id, forum.participants)}`);
  });
  if (forum.permanent && forum.decisionRule !== 'security-council')
    report(['permanent'], 'permanent members only apply to decisionRule: security-council');

  const profiles: Record<string, Profile> = {};
  const provenance: Record<string, Provenance> = {};
  const spreads: Record<string, Record<string, Spread>> = {};
  // Against a broken catalogue a profile may miss what a broken file would have given it: not checked.
  for (const id of [...seen].filter((p) => catalogue.profiles.has(p) && whole.profiles && whole.issues)) {
    // Own keys only: an actor id like toString must not find Object's method.
    const inline = forum.profiles && Object.hasOwn(forum.profiles, id) ? forum.profiles[id] : undefined;
    const layers: Layer[] = inline ? [{ input: inline, file, at: `profiles.${id}`, yaml }] : [];
    try {
      const resolved = resolveProfile(catalogue, id, layers, known);
      profiles[id] = { ...resolved.profile, walkout: walkoutsInForce(resolved.profile.walkout, forum.date) };
      provenance[id] = resolved.provenance;
      if (Object.keys(resolved.spread).length > 0) spreads[id] = resolved.spread;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  const uncertainty = forumUncertainty(forum, spreads, seen, report);
  if (problems.length > 0) throw new InputError(limitProblems(dedupe(problems)));

  const participants = [...seen].sort();
  const content = {
    id: forum.id,
    name: forum.name,
    date: forum.date,
    kind: forum.kind,
    level: forum.level,
    host: forum.host,
    chair: forum.chair,
    coChair: forum.coChair ?? null,
    participants,
    absent: [...new Set(forum.absent ?? [])].sort(),
    rules: {
      decisionRule: forum.decisionRule,
      // Vote rules never fall back; the value only matters if an override switches to consensus.
      fallback: forum.fallback ?? 'none',
      roundLimit: forum.roundLimit,
      speakingOrder: forum.speakingOrder,
      noise: forum.noise,
      permanent: [...new Set(forum.permanent ?? [])].sort(),
      ...(forum.preparation !== undefined ? { preparation: forum.preparation } : {}),
      ...(forum.hostInvestment !== undefined ? { hostInvestment: forum.hostInvestment } : {}),
      standingProduct: forum.standingProduct,
      // Model v3 forum settings, only when stated: a file without them keeps its hash.
      ...(forum.habit !== undefined ? { habit: { ...forum.habit } } : {}),
      ...(forum.halfLife !== undefined ? { halfLife: forum.halfLife } : {}),
      ...(forum.mechanisms !== undefined ? { mechanisms: { ...forum.mechanisms } } : {}),
    },
    issues: catalogue.issues,
    draft,
    profiles,
    provenance,
    uncertainty,
    expected: forum.expected ?? null,
  };
  // Not content (it does not change a run): whether `level` is the default, for --explain to say so.
  const defaulted = levelDefaulted(yaml.data) ? { levelDefaulted: true } : {};
  return { ...content, source: file, hash: sha256(stableStringify(content)), ...defaulted };
}

/** The forum's uncertainty switch and widths, with the profiles' spreads and then the forum's own. */
function forumUncertainty(
  forum: ForumFile,
  spreads: Record<string, Record<string, Spread>>,
  participants: ReadonlySet<string>,
  report: (path: (string | number)[], message: string) => void,
): Uncertainty {
  const setting = forum.uncertainty;
  if (typeof setting === 'string')
    return { enabled: setting === 'on', narrow: DEFAULT_NARROW, wide: DEFAULT_WIDE, spreads };
  for (const [key, raw] of Object.entries(setting.spread ?? {})) {
    const dot = key.indexOf('.');
    const actor = dot > 0 ? key.slice(0, dot) : '';
    const at = ['uncertainty', 'spread', key];
    if (!participants.has(actor)) {
      report(at, `expected ACTOR.path with ACTOR a participant${didYouMean(actor, [...participants])}`);
      continue;
    }
    const parsed = parseSpread(key.slice(dot + 1), raw);
    if (typeof parsed === 'string') report(at, parsed);
    else spreads[actor] = { ...spreads[actor], [key.slice(dot + 1)]: parsed };
  }
  return { enabled: setting.enabled, narrow: setting.narrow, wide: setting.wide, spreads };
}

export const DEFAULT_NARROW = 0.05;
export const DEFAULT_WIDE = 0.2;

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The walkout triggers that hold at a meeting on `date`: a trigger with `since` protests an event
 * of that date (the 2022 walkouts on Russia protest the invasion), so it does not hold before it.
 * The date is dropped from what the engine sees, so a trigger without one reads as before.
 */
function walkoutsInForce(triggers: readonly (WalkoutTrigger & { since?: string })[], date: string): WalkoutTrigger[] {
  return triggers
    .filter((t) => t.since === undefined || t.since <= date)
    .map(({ whenSpeaks, probability }) => ({ whenSpeaks, probability }));
}
