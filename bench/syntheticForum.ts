// A forum of any size, built in code for the bench: copies of a real forum's delegations (by
// default arf-2022), block after block, each copy named D0001, D0002, ... and referring only to
// the copies in its own block (walkout triggers, lobbying targets, susceptibility, boycotts). So
// each delegation costs what a real one costs, and the work per delegation stays the same as the
// forum grows: the bench can tell whether the engine's cost is linear in the delegations.
import type { ActorId, Profile, Provenance, Scenario } from '../src/domain/types.js';

const idOf = (index: number) => `D${String(index + 1).padStart(4, '0')}`;

/** The forum `base` grown (or cut) to `size` delegations, all present. */
export function syntheticForum(base: Scenario, size: number): Scenario {
  const originals = [...base.participants].sort();
  const block = originals.length;
  /** The copy of `actor` in the block of delegation `index`, if that copy is seated. */
  const copyOf = (actor: ActorId, index: number): ActorId | undefined => {
    const at = originals.indexOf(actor);
    const copy = Math.floor(index / block) * block + at;
    return at < 0 || copy >= size ? undefined : idOf(copy);
  };
  const profiles: Record<ActorId, Profile> = {};
  const provenance: Record<ActorId, Provenance> = {};
  const participants: ActorId[] = [];
  for (let index = 0; index < size; index++) {
    const original = originals[index % block]!;
    const id = idOf(index);
    participants.push(id);
    profiles[id] = copyProfile(base.profiles[original]!, id, (actor) => copyOf(actor, index));
    provenance[id] = base.provenance[original] ?? {};
  }
  const chair = copyOf(base.chair, 0)!;
  return {
    ...base,
    id: `synthetic-${size}`,
    name: `${base.name}, ${size} delegations`,
    host: copyOf(base.host, 0)!,
    chair,
    participants,
    absent: [],
    rules: { ...base.rules, permanent: [] },
    profiles,
    provenance,
    uncertainty: { ...base.uncertainty, spreads: {} },
    expected: null,
    hash: `${base.hash}-synthetic-${size}`,
  };
}

function copyProfile(profile: Profile, id: ActorId, copy: (actor: ActorId) => ActorId | undefined): Profile {
  const seated = (actors: readonly ActorId[]) => actors.flatMap((a) => copy(a) ?? []);
  const susceptibility = Object.fromEntries(
    Object.entries(profile.susceptibility).flatMap(([actor, value]) => {
      const to = copy(actor);
      return to === undefined ? [] : [[to, value]];
    }),
  );
  return {
    ...profile,
    id,
    name: `${profile.name} (${id})`,
    susceptibility,
    walkout: profile.walkout.flatMap((t) => {
      const to = copy(t.whenSpeaks);
      return to === undefined ? [] : [{ ...t, whenSpeaks: to }];
    }),
    ...(profile.boycott
      ? {
          boycott: profile.boycott.flatMap((b) => {
            const to = copy(b.of);
            return to === undefined ? [] : [{ ...b, of: to }];
          }),
        }
      : {}),
    lobbying: profile.lobbying ? { ...profile.lobbying, targets: seated(profile.lobbying.targets) } : null,
  };
}
