// Turns a chain of profile layers (bloc defaults -> delegation -> forum overrides) into one
// complete Profile with rung indices, checking every value and that every value has provenance.
import { SCALAR_PARAMETER_KEYS, type ScalarParameters } from '../domain/tunables.js';
import type { IssueDef, Lobbying, Position, Profile, Provenance, Spread } from '../domain/types.js';
import { didYouMean, InputError, type Problem } from './errors.js';
import type { Catalogue, RawProfile } from './catalogue.js';
import type { ProfileInput } from './schema.js';
import { parseSpread } from './spreads.js';

/** One layer of a profile and where it was written. */
export type Layer = Pick<RawProfile, 'input' | 'file' | 'at' | 'yaml'>;

interface Merged {
  input: ProfileInput;
  /** Leaf parameter path -> the layer that set it. */
  origin: Map<string, Layer>;
  provenance: Provenance;
  provenanceOrigin: Map<string, Layer>;
}

export interface ResolvedProfile {
  profile: Profile;
  provenance: Provenance;
  /** Spreads the profile's layers state for its numeric parameters (later layers win). */
  spread: Record<string, Spread>;
}

export function extendsChain(catalogue: Catalogue, id: string, start?: Layer): RawProfile[] {
  const chain: RawProfile[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  let referrer: Layer | undefined = start;
  while (current !== undefined) {
    if (seen.has(current)) {
      const cycle = [...chain.map((p) => p.id), current].join(' -> ');
      const last = chain[chain.length - 1]!;
      throw new InputError([
        {
          file: last.file,
          path: `${last.at}.extends`,
          message: `extends cycle: ${cycle}`,
          ...last.yaml.locate([...last.at.split('.'), 'extends']),
        },
      ]);
    }
    seen.add(current);
    const raw = catalogue.profiles.get(current);
    if (!raw) {
      const known = [...catalogue.profiles.keys()];
      const path =
        referrer === undefined ? '' : referrer === start && chain.length === 0 ? referrer.at : `${referrer.at}.extends`;
      const problemAt = referrer
        ? { file: referrer.file, path, ...referrer.yaml.locate(path.split('.')) }
        : { file: catalogue.dir, path };
      throw new InputError([{ ...problemAt, message: `unknown profile "${current}"${didYouMean(current, known)}` }]);
    }
    chain.push(raw);
    referrer = raw;
    current = raw.input.extends;
  }
  return chain.reverse();
}

function leafPaths(input: ProfileInput): string[] {
  const paths: string[] = [];
  for (const [issue, position] of Object.entries(input.positions ?? {})) {
    for (const key of Object.keys(position)) paths.push(`positions.${issue}.${key}`);
  }
  for (const key of SCALAR_PARAMETER_KEYS) if (input[key] !== undefined) paths.push(key);
  for (const actor of Object.keys(input.susceptibility ?? {})) paths.push(`susceptibility.${actor}`);
  if (input.walkout && input.walkout.length > 0) paths.push('walkout');
  if (input.boycott && input.boycott.length > 0) paths.push('boycott');
  if (input.chairStyle !== undefined) paths.push('chairStyle');
  if (input.rank !== undefined) paths.push('rank');
  if (input.lobbying && input.lobbying !== 'none')
    for (const key of Object.keys(input.lobbying)) paths.push(`lobbying.${key}`);
  return paths;
}

function merge(layers: Layer[]): Merged {
  const merged: Merged = { input: {}, origin: new Map(), provenance: {}, provenanceOrigin: new Map() };
  for (const layer of layers) {
    const { input } = layer;
    const out = merged.input;
    for (const key of ['name', 'bloc', ...SCALAR_PARAMETER_KEYS, 'walkout', 'boycott', 'chairStyle', 'rank'] as const) {
      if (input[key] !== undefined) (out as Record<string, unknown>)[key] = input[key];
    }
    if (input.positions) {
      out.positions = { ...out.positions };
      for (const [issue, position] of Object.entries(input.positions))
        out.positions[issue] = { ...out.positions[issue], ...position };
    }
    if (input.susceptibility) out.susceptibility = { ...out.susceptibility, ...input.susceptibility };
    if (input.spread) out.spread = { ...out.spread, ...input.spread };
    // `lobbying: none` (or null) switches off what a parent profile set.
    if (input.lobbying === null || input.lobbying === 'none') {
      out.lobbying = null;
      for (const path of [...merged.origin.keys()]) if (path.startsWith('lobbying.')) merged.origin.delete(path);
    } else if (input.lobbying) out.lobbying = { ...(out.lobbying === 'none' ? {} : out.lobbying), ...input.lobbying };
    for (const path of leafPaths(input)) merged.origin.set(path, layer);
    for (const [path, source] of Object.entries(input.provenance ?? {})) {
      merged.provenance[path] = source;
      merged.provenanceOrigin.set(path, layer);
    }
  }
  return merged;
}

/** The provenance entry covering a parameter path: its own, or the nearest enclosing one. */
export function provenanceOf(provenance: Provenance, path: string): string | undefined {
  const parts = path.split('.');
  for (let depth = parts.length; depth > 0; depth--) {
    const found = provenance[parts.slice(0, depth).join('.')];
    if (found !== undefined) return found;
  }
  return undefined;
}

export function resolveProfile(
  catalogue: Catalogue,
  id: string,
  extraLayers: Layer[] = [],
  knownActors: readonly string[] = [...catalogue.profiles.keys()],
): ResolvedProfile {
  const chain = extendsChain(catalogue, id, extraLayers[0]);
  const layers: Layer[] = [...chain, ...extraLayers];
  const merged = merge(layers);
  const self = chain[chain.length - 1]!;
  const problems: Problem[] = [];
  const at = (layer: Layer, path: string, message: string) => {
    const full = `${layer.at}.${path}`;
    problems.push({ file: layer.file, path: full, message, ...layer.yaml.locate(full.split('.')) });
  };
  const valueProblem = (path: string, message: string) => at(merged.origin.get(path) ?? self, path, message);
  const missing = (path: string) =>
    at(self, path, 'missing required field (not set here or in any profile it extends)');

  if (self.input.abstract) {
    throw new InputError([
      { file: self.file, path: self.at, message: 'is an abstract bloc default, not a delegation' },
    ]);
  }
  const input = merged.input;
  const issuesById = new Map(catalogue.issues.map((issue) => [issue.id, issue]));
  const positions: Record<string, Position> = {};
  for (const [issueId, raw] of Object.entries(input.positions ?? {})) {
    const issue = issuesById.get(issueId);
    if (!issue) {
      valueProblem(
        `positions.${issueId}.${Object.keys(raw)[0] ?? 'ideal'}`,
        `unknown issue "${issueId}"${didYouMean(issueId, [...issuesById.keys()])}`,
      );
      continue;
    }
    const position = resolvePosition(issue, issueId, raw, valueProblem, missing);
    if (position) positions[issueId] = position;
  }
  const checkActor = (path: string, actor: string) => {
    if (!knownActors.includes(actor)) valueProblem(path, `unknown actor "${actor}"${didYouMean(actor, knownActors)}`);
  };
  for (const actor of Object.keys(input.susceptibility ?? {})) checkActor(`susceptibility.${actor}`, actor);
  for (const trigger of input.walkout ?? []) checkActor('walkout', trigger.whenSpeaks);
  for (const b of input.boycott ?? []) checkActor('boycott', b.of);
  let lobbying: Lobbying | null = null;
  if (input.lobbying && input.lobbying !== 'none') {
    const l = input.lobbying;
    for (const key of ['strength', 'style', 'targets', 'issues'] as const)
      if (l[key] === undefined) missing(`lobbying.${key}`);
    for (const target of l.targets ?? []) checkActor('lobbying.targets', target);
    for (const issue of l.issues ?? [])
      if (!issuesById.has(issue))
        valueProblem('lobbying.issues', `unknown issue "${issue}"${didYouMean(issue, [...issuesById.keys()])}`);
    lobbying = {
      strength: l.strength ?? 0,
      style: l.style ?? 'appeals',
      targets: l.targets ?? [],
      issues: l.issues ?? [],
    };
  }
  const profile: Profile = {
    id,
    name: input.name ?? id,
    bloc: input.bloc ?? (chain.length > 1 ? chain[0]!.id : null),
    positions,
    ...resolveScalars(input, missing),
    susceptibility: { ...input.susceptibility },
    walkout: input.walkout ?? [],
    ...(input.boycott && input.boycott.length > 0 ? { boycott: input.boycott } : {}),
    ...(input.chairStyle ? { chairStyle: input.chairStyle } : {}),
    ...(input.rank ? { rank: input.rank } : {}),
    lobbying,
  };
  if (input.name === undefined) missing('name');
  const spread: Record<string, Spread> = {};
  for (const [path, raw] of Object.entries(input.spread ?? {})) {
    const parsed = parseSpread(path, raw);
    if (typeof parsed === 'string') {
      const layer = [...layers].reverse().find((l) => l.input.spread?.[path] !== undefined) ?? self;
      at(layer, `spread.${path}`, parsed);
    } else spread[path] = parsed;
  }
  const provenance = checkProvenance(merged, layers, self, problems);
  if (problems.length > 0) throw new InputError(problems);
  return { profile, provenance, spread };
}

/** Each scalar parameter's value (0 where missing, which `missing` reports). */
function resolveScalars(input: ProfileInput, missing: (path: string) => void): ScalarParameters {
  const values = SCALAR_PARAMETER_KEYS.map((key) => {
    if (input[key] === undefined) missing(key);
    return [key, input[key] ?? 0] as const;
  });
  return Object.fromEntries(values) as ScalarParameters;
}

/** Why an insistence cannot be stated on a position (shared with `--set`, so both say the same). */
export const INSISTENCE_NEEDS_FLOOR = 'insistence applies to a hard red line with a floor above omit';

function resolvePosition(
  issue: IssueDef,
  issueId: string,
  raw: NonNullable<ProfileInput['positions']>[string],
  valueProblem: (path: string, message: string) => void,
  missing: (path: string) => void,
): Position | undefined {
  const rungIds = issue.ladder.map((rung) => rung.id);
  const rung = (key: 'ideal' | 'min' | 'max'): number | undefined => {
    const name = raw[key];
    if (name === undefined) {
      missing(`positions.${issueId}.${key}`);
      return undefined;
    }
    const index = rungIds.indexOf(name);
    if (index < 0)
      valueProblem(
        `positions.${issueId}.${key}`,
        `unknown rung "${name}" of issue ${issueId}; expected one of ${rungIds.join(', ')}${didYouMean(name, rungIds)}`,
      );
    return index < 0 ? undefined : index;
  };
  const ideal = rung('ideal');
  const min = rung('min');
  const max = rung('max');
  if (raw.hard === undefined) missing(`positions.${issueId}.hard`);
  if (raw.salience === undefined) missing(`positions.${issueId}.salience`);
  if (ideal === undefined || min === undefined || max === undefined) return undefined;
  if (!(min <= ideal && ideal <= max)) {
    valueProblem(
      `positions.${issueId}.ideal`,
      `expected min <= ideal <= max on the ladder, got ${rungIds[min]} / ${rungIds[ideal]} / ${rungIds[max]}`,
    );
    return undefined;
  }
  if (raw.firmness !== undefined && raw.hard !== true)
    valueProblem(`positions.${issueId}.firmness`, 'firmness applies to a hard red line: set hard: true too');
  const position: Position = { ideal, min, max, hard: raw.hard ?? false, salience: raw.salience ?? 0 };
  if (position.hard) position.firmness = raw.firmness ?? 1;
  const problem = raw.insistence === undefined ? undefined : insistenceProblem(raw.hard === true, rungIds[min]!, min);
  if (problem) valueProblem(`positions.${issueId}.insistence`, problem);
  else if (raw.insistence !== undefined) position.insistence = raw.insistence;
  return position;
}

/** Only a floor can be insisted on: a hard line that requires more than omission. */
function insistenceProblem(hard: boolean, minName: string, min: number): string | undefined {
  if (!hard) return `${INSISTENCE_NEEDS_FLOOR}: set hard: true too`;
  if (min === 0) return `${INSISTENCE_NEEDS_FLOOR}: min is ${minName}`;
  return undefined;
}

/**
 * Each parameter's provenance must be stated where its value is set, or in a layer that comes
 * later (a bloc default's note cannot vouch for a value a delegation overrides). Returns the
 * source of every parameter, one entry per leaf path.
 */
/** Every path and each of its dotted prefixes, so a provenance key is looked up once, not scanned for. */
function pathsAndPrefixes(paths: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const path of paths) {
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) all.add(path.slice(0, dot));
    all.add(path);
  }
  return all;
}

function checkProvenance(merged: Merged, layers: Layer[], self: Layer, problems: Problem[]): Provenance {
  const leaves = leafPaths(merged.input);
  // A key is a typo only if no layer ever set a parameter under it (a child may null out lobbying).
  const everSet = pathsAndPrefixes(layers.flatMap((layer) => leafPaths(layer.input)));
  const resolved: Provenance = {};
  for (const path of leaves) {
    const layer = merged.origin.get(path) ?? self;
    const from = Math.max(0, layers.indexOf(layer));
    let source: string | undefined;
    // A later layer vouches for an inherited value only by naming it exactly.
    for (let i = layers.length - 1; i >= from && source === undefined; i--) {
      const notes = layers[i]!.input.provenance ?? {};
      source = i === from ? provenanceOf(notes, path) : notes[path];
    }
    if (source !== undefined) {
      resolved[path] = source;
      continue;
    }
    const inherited = provenanceOf(merged.provenance, path) !== undefined;
    problems.push({
      file: layer.file,
      path: `${layer.at}.${path}`,
      message: inherited
        ? `has no provenance of its own: it overrides an inherited value, so add provenance."${path}" (the article's fact, paraphrased, or "assumed") in this profile`
        : `has no provenance: add provenance."${path}" (the article's fact, paraphrased, or "assumed") here or to an enclosing path`,
      ...layer.yaml.locate([...layer.at.split('.'), ...path.split('.')]),
    });
  }
  for (const [key, layer] of merged.provenanceOrigin) {
    if (!everSet.has(key) && key !== 'name' && key !== 'bloc') {
      problems.push({
        file: layer.file,
        path: `${layer.at}.provenance.${key}`,
        message: `names no parameter of this profile${didYouMean(key, leaves)}`,
        ...layer.yaml.locate([...layer.at.split('.'), 'provenance', key]),
      });
    }
  }
  return resolved;
}
