// The `firmness` and `attribution` invariants over whole runs of random forums (attributed rungs,
// stated firmness), and on a hand-built room where planted engine bugs must be caught.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  assertInvariant,
  attribution,
  firmness,
  forumRuns,
  judgeRun,
  propertySettings,
  propertyTimeout,
  runScenario,
  variants,
  type Engine,
  type RunInput,
} from '../../src/testing/index.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

const settings = propertySettings({ scale: 0.5 });
vi.setConfig({ testTimeout: propertyTimeout(settings, 300) });

const runs = () => forumRuns({ delegations: { min: 2, max: 12 }, attributed: true, firmness: 'any', eventCap: true });

describe(`firmness over whole runs (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  const seen = { cases: 0, applies: 0 };
  test.prop([runs(), variants()], settings)(
    'a firmness-1 red line crossed by the last tabled draft: never supporting, never in an adopted joint statement',
    (input, variant) => {
      const verdict = assertInvariant(firmness, input, { variant });
      seen.cases++;
      if (verdict.applies) seen.applies++;
    },
  );
  afterAll(() => {
    if (seen.cases < 50) return;
    expect(seen.applies).toBeGreaterThan(seen.cases * 0.3);
  });
});

describe(`attribution on the forum's own profiles (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([runs()], settings)(
    'no delegation dissenting from an owned rung pays more for its attributed wording',
    (input) => {
      assertInvariant(attribution, input);
    },
  );
});

/** One delegation holding a firmness-1 red line against the tabled text; three for it. */
const room = (rule: 'consensus' | 'majority' = 'consensus'): RunInput => ({
  scenario: scenario(
    [
      profile('AAA', { war: position(4, 3, 4) }, { reservation: 0 }),
      profile('BBB', { war: position(4, 3, 4) }, { reservation: 0 }),
      profile('CCC', { war: position(4, 3, 4) }, { reservation: 0 }),
      profile('RRR', { war: position(1, 0, 2, { hard: true, firmness: 1 }) }, { reservation: 0 }),
    ],
    {
      draft: { war: 4 },
      rules: {
        decisionRule: rule,
        fallback: 'chair-statement',
        roundLimit: 1,
        speakingOrder: 'alphabetical',
        noise: 0,
        permanent: [],
        preparation: 0,
      },
    },
    [LADDER5],
  ),
  seed: '1',
  overrides: {},
});

const planted =
  (change: (result: ReturnType<Engine>) => ReturnType<Engine>): Engine =>
  (s, o) =>
    change(runScenario(s, o));

describe('the firmness invariant catches planted engine bugs', () => {
  it('holds on the real engine, where the red line blocks', () => {
    for (const rule of ['consensus', 'majority'] as const) {
      const { result, verdict } = judgeRun(firmness, room(rule), { variant: 2 });
      expect(verdict).toEqual({ holds: true, applies: true });
      expect(result.delegations.RRR!.stance).toBe('blocking');
    }
  });

  it('an engine that lets the firmness-1 red line go: RRR supporting, and the text adopted', () => {
    const yielding = planted((r) => ({
      ...r,
      delegations: { ...r.delegations, RRR: { stance: 'supporting', present: true } },
    }));
    expect(judgeRun(firmness, room(), { engine: yielding, variant: 2 }).verdict.message).toBe(
      "RRR ends up supporting although the last tabled draft's war at condemn crosses its firmness-1 red line",
    );
    const adopting = planted((r) => ({
      ...r,
      outcome: 'joint-statement',
      statement: { paragraphs: [{ issue: 'war', rung: 'condemn', text: 'On the war: condemn.' }] },
      delegations: Object.fromEntries(
        Object.keys(r.delegations).map((id) => [id, { stance: 'supporting' as const, present: true }]),
      ),
    }));
    const message = judgeRun(firmness, room(), { engine: adopting, variant: 2 }).verdict.message;
    expect(message).toMatch(
      /^joint statement adopted although war at condemn crosses RRR's firmness-1 red line; RRR ends up supporting/,
    );
  });
});
