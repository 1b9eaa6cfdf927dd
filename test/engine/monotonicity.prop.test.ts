// Monotonicity with noise off. The model does not guarantee the strong form (widening any one
// interval never turns an adopted joint statement into a failure); the two counterexamples below,
// shrunk by fast-check from random forums, show why. What it does guarantee, and what the property
// checks: widening never costs the widened delegation's support for a draft, so while the chair
// tables the same drafts the widened run adopts no later. See README, "Property testing".
import { afterAll, describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import type { IssueDef, Scenario } from '../../src/domain/types.js';
import {
  forumRuns,
  judgeRun,
  monotonicity,
  propertySettings,
  propertyTimeout,
  runScenario,
  strictMonotonicity,
  tabledDrafts,
  variants,
  wideningOf,
} from '../../src/testing/index.js';
import { position, profile, scenario } from '../support/build.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

describe(`monotonicity (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  const seen = { cases: 0, applies: 0 };
  test.prop([forumRuns({ noise: 'off' }), variants()], settings)(
    'with noise off and no lobbying, widening one interval never turns adoption into failure while the chair tables the same drafts',
    (input, variant) => {
      const { verdict } = judgeRun(monotonicity, input, { variant });
      expect(verdict.holds, verdict.message).toBe(true);
      seen.cases++;
      if (verdict.applies) seen.applies++;
    },
  );
  afterAll(() => {
    if (seen.cases < 50) return; // too few cases (FORUM_SIM_PROP_RUNS) to judge coverage
    // Not vacuous: a good share of the cases adopt and keep the same path after widening.
    expect(seen.applies).toBeGreaterThan(seen.cases * 0.15);
  });
});

const undroppable = (id: string, size: number): IssueDef => ({
  id,
  title: id,
  droppable: false,
  ladder: Array.from({ length: size }, (_, r) => ({
    id: r === 0 ? 'omit' : `${id}-r${r}`,
    text: r === 0 ? null : `On ${id}: wording ${r}.`,
  })),
});
/** The odd variant (no agreeable room) whose widening is the given one. */
function variantWidening(s: Scenario, actor: string, issue: string, field: 'min' | 'max'): number {
  for (let k = 0; k < 1000; k++) {
    const w = wideningOf(s, k);
    if (w?.actor === actor && w.issue === issue && w.field === field && Math.abs(w.to - w.from) === 1) return 2 * k + 1;
  }
  throw new Error('no such widening');
}
const rules = (roundLimit: number) => ({
  decisionRule: 'consensus' as const,
  fallback: 'chair-statement' as const,
  roundLimit,
  speakingOrder: 'alphabetical' as const,
  noise: 0,
  permanent: [],
});

describe('the strong form of monotonicity does not hold (shrunk counterexamples)', () => {
  it('revision order: a wider interval hides a paragraph from the chair, who then runs out of rounds', () => {
    // fast-check seed 3, no lobbying or walkouts: failed after 1919 cases, shrunk 123 times.
    // KHM chairs. In the base run KHM objects to i6 at omit, so the chair moves i6 to i6-r1, which
    // is also what ZZZ needs to reach its (tiny) reservation. Widened to accept omit, KHM no longer
    // objects; ZZZ's unmet reservation stays invisible to the chair while ZZZ objects to i2, so
    // round 1 ends with the draft unchanged, and after round 2 the chair revises i5 (KHM's
    // objection outweighs an unmet reservation) and has no round left for i6.
    const s = scenario(
      [
        profile(
          'KHM',
          {
            i3: position(0, 0, 0, { salience: 0 }),
            i4: position(0, 0, 0, { salience: 0 }),
            i5: position(3, 3, 3, { salience: 0 }),
            i6: position(1, 1, 1, { salience: 0 }),
          },
          { reservation: 0, patience: 0.34 },
        ),
        profile(
          'ZZZ',
          {
            i2: position(0, 0, 0, { salience: 0 }),
            i3: position(0, 0, 0, { salience: 0 }),
            i5: position(1, 1, 1, { salience: 0 }),
            i6: position(1, 0, 1, { salience: 0.01 }),
          },
          { reservation: 0.01, patience: 0.5 },
        ),
      ],
      { chair: 'KHM', host: 'KHM', draft: { i2: 1, i3: 0, i4: 0, i5: 1, i6: 0 }, rules: rules(3) },
      [undroppable('i2', 3), undroppable('i3', 2), undroppable('i4', 3), undroppable('i5', 4), undroppable('i6', 2)],
    );
    const input = { scenario: s, seed: '0', overrides: {} };
    const variant = variantWidening(s, 'KHM', 'i6', 'min');
    const strict = judgeRun(strictMonotonicity, input, { variant });
    expect(strict.verdict.message).toBe(
      "widening KHM's soft interval on i6 (min i6-r1 -> omit) turns the joint statement adopted in round 3 into chair-statement after 3 round(s)",
    );
    const [adopted, widened] = strict.verdict.related!.map((r) => runScenario(s, { seed: 0, overrides: r.overrides }));
    expect(tabledDrafts(widened!)[1]).not.toBe(tabledDrafts(adopted!)[1]);
    // The guaranteed form is vacuous here: the chair tabled another draft in round 2.
    expect(judgeRun(monotonicity, input, { variant }).verdict).toMatchObject({ holds: true, applies: false });
  });

  it('face loss: a wider interval leaves room for resentment to move the ideal away', () => {
    // Found the same way with lobbying on. KHM's threat (at a token strength: a strength of 0 makes no approach) backfires on face-sensitive CAN, which
    // resents it: its ideal steps one rung away from KHM, within its interval. At max i1-r1 it
    // cannot move; widened to i1-r2 it moves to i1-r2, and omit is no longer worth its reservation.
    const s = scenario(
      [
        profile('CAN', { i1: position(1, 0, 1, { salience: 0.01 }) }, { reservation: 0.01, faceSensitivity: 0.3 }),
        profile(
          'KHM',
          { i1: position(0, 0, 0, { salience: 0 }) },
          { reservation: 0, lobbying: { strength: 0.01, style: 'threats', targets: ['CAN'], issues: ['i1'] } },
        ),
      ],
      { chair: 'CAN', host: 'CAN', draft: { i1: 0 }, rules: rules(1) },
      [undroppable('i1', 3), undroppable('i2', 2)],
    );
    const strict = judgeRun(
      strictMonotonicity,
      { scenario: s, seed: '15', overrides: {} },
      { variant: variantWidening(s, 'CAN', 'i1', 'max') },
    );
    expect(strict.verdict.message).toBe(
      "widening CAN's soft interval on i1 (max i1-r1 -> i1-r2) turns the joint statement adopted in round 1 into chair-statement after 1 round(s)",
    );
  });
});
