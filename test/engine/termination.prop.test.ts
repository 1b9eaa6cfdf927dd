// Termination: every run ends within the round limit and the event cap.
import { describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  assertInvariant,
  forumRuns,
  propertySettings,
  propertyTimeout,
  runScenario,
  termination,
} from '../../src/testing/index.js';
import { position, profile, scenario } from '../support/build.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

describe(`termination (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns({ eventCap: { min: 1, max: 400 }, roundLimit: { min: 1, max: 12 } })], settings)(
    'random forums with random event caps end within both',
    (input) => {
      assertInvariant(termination, input);
    },
  );

  // Found by this property: the event that hit the cap was counted though never sent, so a run
  // with a cap of 1 reported 2 events. Shrunk counterexample: two delegations, one paragraph, seed 0.
  it('regression: the event cap counts only events sent, and a run stops at exactly the cap', () => {
    const s = scenario(
      [
        profile('KHM', { war: position(1, 1, 1, { hard: true }) }),
        profile('TWN', { war: position(3, 3, 3, { hard: true }) }),
      ],
      { draft: { war: 2 } },
    );
    expect(runScenario(s, { seed: 0 }).events).toBeGreaterThan(3);
    for (const cap of [1, 2, 3]) {
      const result = runScenario(s, { seed: 0, maxEvents: cap, transcript: true });
      expect(result.events).toBe(cap);
      expect(result.transcript.find((e) => e.type === 'cap.reached')).toMatchObject({ cap, events: cap });
    }
  });
});
