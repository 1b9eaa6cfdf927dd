// Replay: folding applyEvent over a run's transcript gives the run's final state, on random forums
// (the event cap included, so a run cut short replays too) and on the built-ins under overrides.
import { describe, expect, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  applyEvent,
  assertInvariant,
  builtinScenarioIds,
  delegationsOf,
  forumRuns,
  initialReplayState,
  loadScenario,
  perturbations,
  propertySettings,
  propertyTimeout,
  transcriptReplay,
  runScenario,
  runSeeds,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const builtins = builtinScenarioIds().map((id) => loadScenario(id));

describe(`replay (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns({ eventCap: true })], settings)(
    'random forums: the fold of the transcript is the run',
    (input) => {
      assertInvariant(transcriptReplay, input);
    },
  );

  test.prop([forumRuns()], settings)(
    'random forums: every prefix folds without losing a delegation, and seq counts the events',
    (input) => {
      const run = runScenario(input.scenario, { seed: input.seed, overrides: input.overrides, transcript: true });
      let state = initialReplayState();
      for (const event of run.transcript) {
        state = applyEvent(state, event);
        expect(event.seq).toBe(state.count);
      }
      expect(Object.keys(delegationsOf(state))).toEqual(Object.keys(run.delegations));
    },
  );

  const perturbed = fc
    .constantFrom(...builtins)
    .chain((scenario) =>
      fc.record({ scenario: fc.constant(scenario), overrides: perturbations(scenario), seed: runSeeds() }),
    );
  test.prop([perturbed], { ...settings, numRuns: Math.min(settings.numRuns ?? 100, 30) })(
    'built-in scenarios under random --set overrides',
    (input) => {
      assertInvariant(transcriptReplay, input);
    },
  );
});
