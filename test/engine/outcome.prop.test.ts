// Soundness of consensus and the fallback, on random forums and on perturbed built-in scenarios.
import { describe, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assertInvariant,
  builtinScenarioIds,
  fallback,
  forumRuns,
  loadScenario,
  perturbations,
  propertySettings,
  propertyTimeout,
  runSeeds,
  soundness,
  variants,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const builtins = builtinScenarioIds().map((id) => loadScenario(id));
const perturbed = fc
  .constantFrom(...builtins)
  .chain((scenario) =>
    fc.record({ scenario: fc.constant(scenario), overrides: perturbations(scenario), seed: runSeeds() }),
  );

describe(`soundness of consensus (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns({ eventCap: true }), variants()], settings)(
    'random forums: an adopted statement has every present delegation supporting, inside every hard red line, nobody out',
    (input, variant) => {
      assertInvariant(soundness, input, { variant });
    },
  );

  test.prop([perturbed, variants()], settings)(
    'built-in scenarios under random overrides (half of them in an agreeable room)',
    (input, variant) => {
      assertInvariant(soundness, input, { variant });
    },
  );
});

describe(`fallback (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns({ eventCap: true })], settings)(
    "random forums: a chair's statement only after a failure and when allowed; no statement only otherwise",
    (input) => {
      assertInvariant(fallback, input);
    },
  );

  test.prop([perturbed], settings)('built-in scenarios under random overrides', (input) => {
    assertInvariant(fallback, input);
  });
});
