// Parameter uncertainty: each run draws its delegations' numeric values from their spreads,
// triangular over the valid range with the mode at the stated value. The draws come from their
// own seeded stream, so the in-run draws (speeches, lobbying) do not shift with the parameter list.
import { isScalarParameter } from '../domain/tunables.js';
import type { Profile, Scenario, Spread } from '../domain/types.js';
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
 * values, from a recorded run's inputs, replace the draws they name.
 */
export function drawParameters(
  scenario: Scenario,
  seed: string,
  replay: Readonly<Record<string, number>> = {},
): DrawnParameters {
  if (!scenario.uncertainty.enabled) return { profiles: scenario.profiles, drawn: {} };
  const rng = createRng(`${seed}#parameters`);
  const profiles: Record<string, Profile> = { ...scenario.profiles };
  const drawn: Record<string, number> = {};
  for (const actor of scenario.participants) {
    let profile = profiles[actor]!;
    for (const parameter of delegationParameters(scenario, actor)) {
      if (parameter.kind.type !== 'number') continue;
      const u = rng.next();
      const key = `${actor}.${parameter.path}`;
      const value = Object.hasOwn(replay, key)
        ? replay[key]!
        : triangular(triangleOf(scenario, actor, parameter.path, parameter.provenancePath, parameter.kind.current), u);
      drawn[key] = value;
      profile = withNumber(profile, parameter.path, value);
    }
    profiles[actor] = profile;
  }
  return { profiles, drawn };
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
      const field = path.endsWith('.firmness') ? 'firmness' : 'salience';
      return position
        ? { ...profile, positions: { ...profile.positions, [sub!]: { ...position, [field]: value } } }
        : profile;
    }
    default:
      throw new Error(`not a numeric parameter: ${path}`);
  }
}
