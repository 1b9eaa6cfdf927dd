// How a user writes a new invariant with forum-sim's arbitraries (README, "Property testing").
// It imports the package the way a user's own project would: `forum-sim/testing`.
import { describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  assertInvariant,
  checkScenario,
  fail,
  forumRuns,
  loadScenario,
  pass,
  propertySettings,
  propertyTimeout,
  runScenario,
  type Invariant,
} from 'forum-sim/testing';

// FORUM_SIM_PROP_RUNS (default 200) and FORUM_SIM_PROP_SEED (default fixed) set the dial.
const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) }); // more runs, more time

describe(`my invariants (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  // 1. A plain property over random forums: 2 to 40 delegations, 1 to 6 issues, any rules.
  test.prop([forumRuns()], settings)(
    'a joint statement only has paragraphs that were on the table',
    ({ scenario, seed }) => {
      const result = runScenario(scenario, { seed, transcript: false });
      if (result.outcome !== 'joint-statement') return;
      for (const paragraph of result.statement!.paragraphs)
        expect(Object.keys(scenario.draft)).toContain(paragraph.issue);
    },
  );

  // 2. The same shape as the built-in invariants: a predicate over a run's inputs and result.
  const blockersDidNotSign: Invariant = {
    id: 'blockers-did-not-sign',
    title: 'a delegation named as standing in the way of a joint statement does not support the final draft',
    judge: (_input, result) => {
      const signed = result.blockers.filter((b) => result.delegations[b.actor]?.stance === 'supporting');
      return signed.length === 0
        ? pass()
        : fail(`${signed.map((b) => b.actor).join(', ')} support the draft but are named as blockers`);
    },
  };

  test.prop([forumRuns()], settings)(blockersDidNotSign.title, (input) => {
    assertInvariant(blockersDidNotSign, input); // runs the engine; throws with the inputs on a failure
  });

  // ...and on random perturbations of a real forum, as `forum-sim check` does with its own.
  it(`${blockersDidNotSign.id} holds on perturbations of arf-2022`, () => {
    const report = checkScenario(loadScenario('arf-2022'), {
      runs: 50,
      seed: settings.seed,
      invariants: [blockersDidNotSign],
    });
    expect(report.invariants[0]).toMatchObject({ status: 'pass', cases: 50 });
  });
});
