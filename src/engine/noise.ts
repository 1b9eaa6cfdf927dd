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
    const positions = Object.fromEntries(
      Object.keys(profile.positions)
        .sort()
        .map((issue) => {
          const position = profile.positions[issue]!;
          return [issue, { ...position, salience: clamp(position.salience * factor(), UNIT_RANGE) }];
        }),
    );
    // Drawn after the saliences, in the list's order: the stream of draws stays as it was.
    const scalars = Object.fromEntries(JITTERED.map(({ key, range }) => [key, clamp(profile[key] * factor(), range)]));
    out[id] = { ...profile, positions, ...scalars };
  }
  return out;
}
