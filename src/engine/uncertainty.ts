// Parameter uncertainty: each run draws its delegations' numeric values from their spreads,
// triangular over the valid range with the mode at the stated value. The draws come from their
// own seeded stream, so the in-run draws (speeches, lobbying) do not shift with the parameter list.
import { isScalarParameter } from '../domain/tunables.js';
import type { Position, Profile, Scenario, Spread } from '../domain/types.js';
import { delegationParameters } from '../scenario/parameters.js';
import { provenanceOf } from '../scenario/resolveProfile.js';
import { rangeOf } from '../scenario/spreads.js';
import { createRng } from './rng.js';

export interface Triangle {
  lo: number;
  mode: number;
  hi: number;
}

/** Provenance that marks a value as the modeller's choice rather than the article's fact. */
const ASSUMED = /\bassumed\b|\bcalibrated\b/i;

export function isAssumed(source: string | undefined): boolean {
  return source === undefined || ASSUMED.test(source);
}

/** The triangle a parameter is drawn from: its explicit spread, or the default its provenance implies. */
export function triangleOf(
  scenario: Scenario,
  actor: string,
  path: string,
  provenancePath: string,
  mode: number,
): Triangle {
  const range = rangeOf(path);
  const explicit: Spread | undefined = scenario.uncertainty.spreads[actor]?.[path];
  const clamp = (x: number) => Math.min(range.max, Math.max(range.min, x));
  if (explicit && 'lo' in explicit) return { lo: Math.min(explicit.lo, mode), mode, hi: Math.max(explicit.hi, mode) };
  const share = isAssumed(provenanceOf(scenario.provenance[actor] ?? {}, provenancePath))
    ? scenario.uncertainty.wide
    : scenario.uncertainty.narrow;
  const halfWidth = explicit ? explicit.halfWidth : share * (range.max - range.min);
  return { lo: clamp(mode - halfWidth), mode, hi: clamp(mode + halfWidth) };
}

/** Inverse CDF of the triangular distribution at u in [0, 1). */
export function triangular({ lo, mode, hi }: Triangle, u: number): number {
  if (hi <= lo) return mode;
  const split = (mode - lo) / (hi - lo);
  return u < split ? lo + Math.sqrt(u * (hi - lo) * (mode - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
}

export interface DrawnParameters {
  profiles: Record<string, Profile>;
  /** `ACTOR.path` -> the value used in this run. */
  drawn: Record<string, number>;
}

/**
 * Draws every participant's numeric parameters (in canonical order) from their spreads. `replay`
 * values, from a recorded run's inputs, replace the draws they name. `recorded`, when given, limits
 * the `drawn` record to the keys it has (every draw is still made and used).
 */
export function drawParameters(
  scenario: Scenario,
  seed: string,
  replay: Readonly<Record<string, number>> = {},
  recorded?: object,
): DrawnParameters {
  if (!scenario.uncertainty.enabled) return { profiles: scenario.profiles, drawn: {} };
  const rng = createRng(`${seed}#parameters`);
  const profiles: Record<string, Profile> = { ...scenario.profiles };
  const drawn: Record<string, number> = {};
  for (const actor of scenario.participants) {
    const values: number[] = [];
    const plan = drawPlan(scenario, actor);
    for (const { key, triangle } of plan) {
      const u = rng.next();
      const value = Object.hasOwn(replay, key) ? replay[key]! : triangular(triangle, u);
      if (!recorded || Object.hasOwn(recorded, key)) drawn[key] = value;
      values.push(value);
    }
    if (plan.length > 0) profiles[actor] = withNumbers(profiles[actor]!, plan, values);
  }
  return { profiles, drawn };
}

interface PlannedDraw {
  key: string;
  path: string;
  /** The path's first part and the one after it (e.g. `positions`, `ukraine`). */
  head: string;
  sub: string;
  /** For a position's number: the field it sets (salience, firmness or insistence). */
  field?: NumericPositionField;
  /** Whether the path is a scalar parameter (set on the profile itself). */
  scalar: boolean;
  triangle: Triangle;
}

interface ScenarioPlans {
  participants: Scenario['participants'];
  uncertainty: Scenario['uncertainty'];
  provenance: Scenario['provenance'];
  /** Per actor: the profile the plan was made from, and its draws in order. */
  actors: Map<string, { profile: Profile | undefined; draws: PlannedDraw[] }>;
}

/**
 * What a run of `scenario` draws for `actor`, and from which triangle: the same for every seed, so
 * made once per scenario and profile (a sweep runs thousands of seeds) rather than once per run.
 * A plan is remade when the scenario's participants, spreads, provenance or the actor's profile
 * is replaced.
 */
const plans = new WeakMap<Scenario, ScenarioPlans>();

function drawPlan(scenario: Scenario, actor: string): PlannedDraw[] {
  let cached = plans.get(scenario);
  if (
    !cached ||
    cached.participants !== scenario.participants ||
    cached.uncertainty !== scenario.uncertainty ||
    cached.provenance !== scenario.provenance
  ) {
    const { participants, uncertainty, provenance } = scenario;
    cached = { participants, uncertainty, provenance, actors: new Map() };
    plans.set(scenario, cached);
  }
  const profile = scenario.profiles[actor];
  const known = cached.actors.get(actor);
  if (known && known.profile === profile) return known.draws;
  const draws: PlannedDraw[] = [];
  for (const parameter of delegationParameters(scenario, actor)) {
    if (parameter.kind.type !== 'number') continue;
    const { path, provenancePath } = parameter;
    const triangle = triangleOf(scenario, actor, path, provenancePath, parameter.kind.current);
    const [head, sub] = path.split('.') as [string, string];
    const field = head === 'positions' ? numericPositionField(path) : undefined;
    draws.push({
      key: `${actor}.${path}`,
      path,
      head,
      sub,
      ...(field ? { field } : {}),
      scalar: isScalarParameter(head),
      triangle,
    });
  }
  cached.actors.set(actor, { profile, draws });
  return draws;
}

/**
 * A copy of the profile with the planned parameters set to `values`, copying the profile and each
 * part of it once (a position's three numbers share one copy): the same profile as setting them
 * one at a time with withNumber, in order.
 */
function withNumbers(profile: Profile, plan: readonly PlannedDraw[], values: readonly number[]): Profile {
  const out: Profile = { ...profile };
  let susceptibility: Profile['susceptibility'] | undefined;
  let positions: Profile['positions'] | undefined;
  // The positions copied so far in this profile: each is copied once, then set in place.
  let copied: Set<Position> | undefined;
  for (let i = 0; i < plan.length; i++) {
    const { path, head, sub, field, scalar } = plan[i]!;
    const value = values[i]!;
    if (scalar) {
      (out as unknown as Record<string, number>)[head] = value;
      continue;
    }
    switch (head) {
      case 'susceptibility':
        susceptibility ??= out.susceptibility = { ...out.susceptibility };
        susceptibility[sub] = value;
        continue;
      case 'positions': {
        const position = out.positions[sub];
        if (!position) continue;
        positions ??= out.positions = { ...out.positions };
        copied ??= new Set();
        let own = position;
        if (!copied.has(position)) {
          own = positions[sub] = { ...position };
          copied.add(own);
        }
        own[field ?? numericPositionField(path)] = value;
        continue;
      }
      default:
        Object.assign(out, withNumber(out, path, value));
    }
  }
  return out;
}

const NUMERIC_POSITION_FIELDS = ['salience', 'firmness', 'insistence'] as const;
type NumericPositionField = (typeof NUMERIC_POSITION_FIELDS)[number];

/** The field a numeric `positions.ISSUE.FIELD` path sets; any other path is a caller's bug, not a salience. */
function numericPositionField(path: string): NumericPositionField {
  const field = path.split('.')[2];
  const known = NUMERIC_POSITION_FIELDS.find((f) => f === field);
  if (known === undefined || path.split('.').length !== 3) throw new Error(`not a numeric position parameter: ${path}`);
  return known;
}

/** A copy of the profile with one numeric parameter set (paths as in `--set`). */
export function withNumber(profile: Profile, path: string, value: number): Profile {
  const [head, sub] = path.split('.');
  if (isScalarParameter(head!)) return { ...profile, [head!]: value };
  switch (head) {
    case 'susceptibility':
      return { ...profile, susceptibility: { ...profile.susceptibility, [sub!]: value } };
    case 'walkout':
      return {
        ...profile,
        walkout: profile.walkout.map((t) => (t.whenSpeaks === sub ? { ...t, probability: value } : t)),
      };
    case 'lobbying':
      return profile.lobbying ? { ...profile, lobbying: { ...profile.lobbying, strength: value } } : profile;
    case 'positions': {
      const position = profile.positions[sub!];
      const field = numericPositionField(path);
      return position
        ? { ...profile, positions: { ...profile.positions, [sub!]: { ...position, [field]: value } } }
        : profile;
    }
    default:
      throw new Error(`not a numeric parameter: ${path}`);
  }
}
