// Per-run jitter of the soft parameters, so that a sweep over seeds yields probabilities.
import type { Profile } from '../domain/types.js';
import type { Rng } from './rng.js';

const clampUnit = (x: number) => Math.min(1, Math.max(0, x));

/** Scales salience and reservation by a factor in [1 - noise, 1 + noise]; noise 0 draws nothing. */
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
          return [issue, { ...position, salience: clampUnit(position.salience * factor()) }];
        }),
    );
    out[id] = { ...profile, positions, reservation: clampUnit(profile.reservation * factor()) };
  }
  return out;
}
