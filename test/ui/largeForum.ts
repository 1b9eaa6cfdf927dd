// A forum of thousands of delegations, built in code from a built-in one: its delegations plus
// copies of them (no lobbying of their own), for tests and measurements of the UI at scale. A copy's
// id is its number in base 36, three characters like the real codes, but starting with a digit
// ("00A"), so none is a real code.
import type { Profile, Scenario } from '../../src/domain/types.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { withHash } from '../../src/testing/arbitraries.js';

/** `roundLimit` shortens the run (the engine's time grows with delegations times events). */
export function largeForum(delegations: number, options: { base?: string; roundLimit?: number } = {}): Scenario {
  const scenario = loadScenario(options.base ?? 'arf-2022');
  const originals = scenario.participants;
  const profiles: Record<string, Profile> = { ...scenario.profiles };
  const provenance = { ...scenario.provenance };
  const participants = [...originals];
  for (let i = 0; participants.length < delegations; i++) {
    const from = originals[i % originals.length]!;
    const id = i.toString(36).toUpperCase().padStart(3, '0');
    profiles[id] = {
      ...scenario.profiles[from]!,
      id,
      name: `${scenario.profiles[from]!.name} ${i + 1}`,
      lobbying: null,
    };
    provenance[id] = scenario.provenance[from] ?? {};
    participants.push(id);
  }
  const { hash: _hash, source: _source, ...content } = scenario;
  const rules = { ...scenario.rules, roundLimit: options.roundLimit ?? scenario.rules.roundLimit };
  return withHash({
    ...content,
    id: `large-${delegations}`,
    name: `${scenario.name}, ${delegations} delegations`,
    participants: participants.sort(),
    profiles,
    provenance,
    rules,
  });
}
