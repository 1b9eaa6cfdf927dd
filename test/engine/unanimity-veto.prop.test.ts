// Unanimity and veto, on random forums made to meet each invariant's premise.
import { afterAll, describe, expect, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  assertInvariant,
  effectiveScenario,
  forumRuns,
  judgeRun,
  propertySettings,
  propertyTimeout,
  unanimity,
  variants,
  veto,
  vetoedParagraphs,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

describe(`unanimity (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  const seen = { cases: 0, applies: 0, roundOne: 0 };
  // Every delegation takes the chair's positions; nobody lobbies or walks out; half the cases table the shared ideal.
  test.prop([forumRuns(), variants()], settings)(
    'identical delegations adopt their shared ideal, in round 1 when it is tabled',
    (input, variant) => {
      const verdict = assertInvariant(unanimity, input, { variant });
      seen.cases++;
      if (verdict.applies) seen.applies++;
      if (verdict.applies && variant % 2 === 0) seen.roundOne++;
    },
  );
  afterAll(() => {
    if (seen.cases < 50) return; // too few cases (FORUM_SIM_PROP_RUNS) to judge coverage
    // Not vacuous: most cases meet the premise, and the round-1 clause is exercised.
    expect(seen.applies).toBeGreaterThan(seen.cases * 0.6);
    expect(seen.roundOne).toBeGreaterThan(seen.cases * 0.2);
  });
});

describe(`veto (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  const seen = { cases: 0, single: 0, disjoint: 0 };
  test.prop([forumRuns(), variants()], settings)(
    'a paragraph that hard red lines leave no rung for (one delegation against an undroppable paragraph, or two disjoint) means no joint statement',
    (input, variant) => {
      const { input: ran, verdict } = judgeRun(veto, input, { variant });
      expect(verdict.holds, verdict.message).toBe(true);
      seen.cases++;
      const s = effectiveScenario(ran);
      const vetoed = vetoedParagraphs(s);
      // The premise vetoes an undroppable paragraph with one red line of omission, a droppable one with two disjoint red lines.
      if (vetoed.some((v) => !s.issues.find((i) => i.id === v.issue)!.droppable)) seen.single++;
      else if (vetoed.length > 0) seen.disjoint++;
    },
  );
  afterAll(() => {
    if (seen.cases < 50) return; // too few cases (FORUM_SIM_PROP_RUNS) to judge coverage
    expect(seen.single).toBeGreaterThan(seen.cases * 0.2);
    expect(seen.disjoint).toBeGreaterThan(seen.cases * 0.2);
  });
});
