// Per-run jitter of the soft parameters, so that a sweep over seeds yields probabilities.
import { SCALAR_PARAMETERS, UNIT_RANGE, type Range } from '../domain/tunables.js';
import type { Profile } from '../domain/types.js';
import type { Rng } from './rng.js';

const clamp = (x: number, { min, max }: Range) => Math.min(max, Math.max(min, x));
const JITTERED = SCALAR_PARAMETERS.filter((p) => p.jittered);

/** Scales salience and the scalars marked `jittered` by a factor in [1 - noise, 1 + noise]; noise 0 draws nothing. */
export function jitterProfiles(
  profiles: Record<string, Profile>,
  order: readonly string[],
  noise: number,
  rng: Rng,
): Record<string, Profile> {
  if (noise <= 0) return profiles;
  const factor = () => 1 + noise * (2 * rng.next() - 1);
  const out: Record<string, Profile> = {};
  for (const id of order) {
    const profile = profiles[id]!;
    const positions: Profile['positions'] = {};
    for (const issue of sortedIssues(profile.positions)) {
      const position = profile.positions[issue]!;
      positions[issue] = { ...position, salience: clamp(position.salience * factor(), UNIT_RANGE) };
    }
    const jittered: Profile = { ...profile, positions };
    // Drawn after the saliences, in the list's order: the stream of draws stays as it was.
    for (const { key, range } of JITTERED) jittered[key] = clamp(profile[key] * factor(), range);
    out[id] = jittered;
  }
  return out;
}

/** A profile's issues in sorted order; the loader lists them sorted already, so most need no sort. */
function sortedIssues(positions: Profile['positions']): readonly string[] {
  const keys = Object.keys(positions);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}
