// Provenance: every parameter that reaches the engine has a provenance entry, in every built-in
// scenario and the test fixture, under any perturbation of their parameters.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { position, profile, scenario } from '../support/build.js';
import {
  applyOverrides,
  assertInvariant,
  builtinScenarioIds,
  forumRuns,
  loadScenario,
  perturbations,
  propertySettings,
  propertyTimeout,
  provenance,
  runSeeds,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const fixture = join(new URL('../fixtures/', import.meta.url).pathname, 'valid-forum.yaml');
const scenarios = [...builtinScenarioIds(), fixture].map((ref) => loadScenario(ref));

describe(`provenance (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  const perturbed = fc.constantFrom(...scenarios).chain((scenario) =>
    fc.record({
      scenario: fc.constant(scenario),
      overrides: perturbations(scenario, { maxChanges: 8 }),
      seed: runSeeds(),
    }),
  );
  test.prop([perturbed], settings)(
    'built-in scenarios and the fixture, under random overrides of their parameters',
    (input) => {
      assertInvariant(provenance, input);
    },
  );

  test.prop([forumRuns()], settings)('random forums', (input) => {
    assertInvariant(provenance, input);
  });

  // Found while writing the perturbations (src/scenario/overrides.ts, outside this files):
  // an override that creates a parameter block records provenance only for the path it names.
  it('an override that creates lobbying or a position credits every field it fills in', () => {
    const arf = loadScenario('arf-2022');
    expect(arf.profiles.KHM!.lobbying).toBeNull();
    const notes = applyOverrides(arf, { 'KHM.lobbying.strength': '0.5' }).provenance;
    for (const field of ['strength', 'style', 'targets', 'issues'])
      expect(notes.KHM![`lobbying.${field}`]).toBe('override (--set)');
    // AAA states no position on trade until the override gives it one.
    const built = scenario([profile('AAA', { war: position(2, 1, 3) })]);
    const created = applyOverrides(built, { 'AAA.positions.trade.salience': '0.4' }).provenance.AAA!;
    for (const field of ['ideal', 'min', 'max', 'hard', 'salience'])
      expect(created[`positions.trade.${field}`]).toBe('override (--set)');
  });

  it('moving an ideal past the interval credits the edge it drags along', () => {
    const notes = applyOverrides(loadScenario('arf-2022'), { 'SGP.positions.ukraine.ideal': 'peace-dialogue' })
      .provenance.SGP!;
    expect(notes['positions.ukraine.min']).toBe('override (--set)');
    expect(notes['positions.ukraine.max']).not.toBe('override (--set)');
  });
});
