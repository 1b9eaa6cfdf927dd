// Determinism: the same scenario, overrides and seed give a deep-equal result and transcript.
import { describe, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assertInvariant,
  builtinScenarioIds,
  determinism,
  forumRuns,
  loadScenario,
  perturbations,
  propertySettings,
  propertyTimeout,
  runSeeds,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const builtins = builtinScenarioIds().map((id) => loadScenario(id));

describe(`determinism (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns({ eventCap: true })], settings)(
    'random forums: two runs of the same inputs are deep-equal, transcript included',
    (input) => {
      assertInvariant(determinism, input);
    },
  );

  const perturbed = fc
    .constantFrom(...builtins)
    .chain((scenario) =>
      fc.record({ scenario: fc.constant(scenario), overrides: perturbations(scenario), seed: runSeeds() }),
    );
  test.prop([perturbed], settings)('built-in scenarios under random --set overrides', (input) => {
    assertInvariant(determinism, input);
  });
});
