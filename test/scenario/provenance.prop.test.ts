// Provenance: every parameter that reaches the engine has a provenance entry, in every built-in
// scenario and the test fixture, under any perturbation of their parameters.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyOverrides, assertInvariant, builtinScenarioIds, forumRuns, loadScenario, perturbations, propertySettings, propertyTimeout, provenance, runSeeds } from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const fixture = join(new URL('../fixtures/', import.meta.url).pathname, 'valid-forum.yaml');
const scenarios = [...builtinScenarioIds(), fixture].map((ref) => loadScenario(ref));

describe(`provenance (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  const perturbed = fc.constantFrom(...scenarios).chain((scenario) => fc.record({ scenario: fc.constant(scenario), overrides: perturbations(scenario, { maxChanges: 8 }), seed: runSeeds() }));
  test.prop([perturbed], settings)('built-in scenarios and the fixture, under random overrides of their parameters', (input) => {
    assertInvariant(provenance, input);
  });

  test.prop([forumRuns()], settings)('random forums', (input) => {
    assertInvariant(provenance, input);
  });

  // Found while writing the perturbations (src/scenario/overrides.ts, outside this files):
  // an override that creates a parameter block records provenance only for the path it names.
  // `--set KHM.lobbying.strength=0.5` gives KHM a lobbying block whose style ("appeals"), targets
  // and issues have no provenance. Perturbations only change existing parameters, so the
  // properties above do not meet it. Flip to `it` when overrides record the defaults they fill in.
  it.fails('known gap: an override that creates lobbying leaves its other fields without provenance', () => {
    const arf = loadScenario('arf-2022');
    expect(arf.profiles.KHM!.lobbying).toBeNull();
    expect(applyOverrides(arf, { 'KHM.lobbying.strength': '0.5' }).provenance.KHM).toHaveProperty(['lobbying.style']);
  });
});
