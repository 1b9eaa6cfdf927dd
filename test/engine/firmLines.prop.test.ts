// refused-line and insistence-kept over whole runs of random forums (stated firmness, parameter
// uncertainty, walkouts, the event cap): the real engine keeps both, and a copy that rewrites the
// adopted text against the present delegations' red lines is caught whenever a line of firmness 1
// was there to breach.
import { afterAll, describe, expect, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  assertInvariant,
  forumRuns,
  insistenceKept,
  judgeRun,
  propertySettings,
  propertyTimeout,
  refusedLine,
  variants,
  type Engine,
  type Invariant,
} from '../../src/testing/index.js';
import { droppingEngine, raisingEngine } from '../support/plantedText.js';

const settings = propertySettings({ scale: 0.5 });
vi.setConfig({ testTimeout: propertyTimeout(settings, 300) });

const runs = () => forumRuns({ delegations: { min: 2, max: 12 }, firmness: 'any', uncertainty: 'any', eventCap: true });

const cases: [string, Invariant, Engine][] = [
  ['refused-line', refusedLine, raisingEngine],
  ['insistence-kept', insistenceKept, droppingEngine],
];

describe.each(cases)(
  `%s over whole runs (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`,
  (_id, invariant, planted) => {
    const seen = { cases: 0, applies: 0 };
    test.prop([runs(), variants()], settings)(
      'holds on the real engine; the planted copy is caught whenever the premise held',
      (input, variant) => {
        const verdict = assertInvariant(invariant, input, { variant });
        seen.cases++;
        if (!verdict.applies) return;
        seen.applies++;
        expect(judgeRun(invariant, input, { variant, engine: planted }).verdict.holds).toBe(false);
      },
    );
    afterAll(() => {
      if (seen.cases < 50) return;
      // A third of the variants plant a firmness-1 line in an agreeable room: most of those adopt a text.
      expect(seen.applies).toBeGreaterThan(seen.cases * 0.1);
    });
  },
);
