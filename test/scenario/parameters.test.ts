import { describe, expect, it } from 'vitest';
import { builtinScenarioIds, loadScenario } from '../../src/scenario/loader.js';
import { applyOverrides } from '../../src/scenario/overrides.js';
import { delegationParameters } from '../../src/scenario/parameters.js';

describe('delegationParameters', () => {
  it.each(builtinScenarioIds())(
    '%s: every listed path takes its own value back through --set, changing nothing',
    (id) => {
      const scenario = loadScenario(id);
      for (const actor of scenario.participants) {
        const parameters = delegationParameters(scenario, actor);
        expect(parameters.length).toBeGreaterThan(5);
        const same = Object.fromEntries(parameters.map((p) => [`${actor}.${p.path}`, p.value]));
        // Lobbying targets outside this forum are dropped: the engine never approaches them anyway.
        const profile = scenario.profiles[actor]!;
        const seated = profile.lobbying
          ? { ...profile.lobbying, targets: profile.lobbying.targets.filter((t) => scenario.participants.includes(t)) }
          : null;
        expect(applyOverrides(scenario, same).profiles[actor]).toEqual({ ...profile, lobbying: seated });
      }
    },
  );
});
