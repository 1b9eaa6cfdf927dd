// The chair's questions are answered in one pass without building breaches (chair.ts): they must
// give the answers of the definitions they stand for, asked through acceptance.ts's breach lists.
import { describe, expect, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { belowReservation, objections, wouldSign } from '../../src/actors/acceptance.js';
import { acceptableInterval, rungDistance, type Attribution } from '../../src/actors/utility.js';
import { yields, lineFirmness } from '../../src/actors/pressure.js';
import { canPass, contestScores, wouldSupport, type DelegateView } from '../../src/engine/chair.js';
import type { Draft } from '../../src/domain/types.js';
import { propertySettings, propertyTimeout } from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

const ISSUES = ['war', 'sea', 'aid'] as const;
const sizes: Record<string, number> = { war: 5, sea: 4, aid: 3 };
type IssueName = (typeof ISSUES)[number];
const rungOf = (issue: IssueName) => fc.nat({ max: sizes[issue]! - 1 });

const position = (issue: IssueName) =>
  fc
    .record({
      a: rungOf(issue),
      b: rungOf(issue),
      c: rungOf(issue),
      hard: fc.boolean(),
      salience: fc.constantFrom(0, 0.3, 1),
      firmness: fc.constantFrom(0.2, 0.6, 1),
    })
    .map(({ a, b, c, hard, salience, firmness }) => {
      const [min, ideal, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { ideal, min, max, hard, salience, firmness };
    });

const views: fc.Arbitrary<DelegateView> = fc.record({
  id: fc.constantFrom('AAA', 'BBB'),
  positions: fc.record({ war: position('war'), sea: position('sea') }, { requiredKeys: ['war'] }),
  widening: fc.constantFrom(0, 0.25, 0.5, 1),
  risk: fc.constantFrom(-0.5, 0, 0.5),
  reservation: fc.constantFrom(0, 0.5, 0.9),
  pressure: fc.constantFrom(0, 0.4, 0.8, 1),
  attribution: fc.constantFrom<Attribution[]>({}, { war: { 0: 2, 1: 2, 3: 2, 4: 2 }, sea: { 0: 1, 2: 1, 3: 1 } }),
});
const drafts: fc.Arbitrary<Draft> = fc.record({ war: rungOf('war'), sea: rungOf('sea'), aid: rungOf('aid') });

/** contestScores as first written: from the breach lists acceptance.ts builds. */
function contestScoresByBreaches(draft: Draft, room: readonly DelegateView[]): Map<string, number> {
  const scores = new Map<string, number>(Object.keys(draft).map((issue) => [issue, 0]));
  for (const view of room) {
    const { held, soft } = objections(view, draft, sizes);
    const found = [...held, ...soft];
    for (const b of found) {
      const salience = view.positions[b.issue]?.salience ?? 0;
      scores.set(b.issue, scores.get(b.issue)! + (b.hard ? 2 : 1) * (1 + salience));
    }
    if (found.length === 0 && belowReservation(view, draft, sizes))
      for (const [issue, rung] of Object.entries(draft)) {
        const p = view.positions[issue];
        if (p) scores.set(issue, scores.get(issue)! + 0.5 * p.salience * rungDistance(p, rung, sizes[issue]!));
      }
  }
  return scores;
}

describe(`the chair's one-pass questions (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([fc.array(views, { maxLength: 4 }), drafts], settings)(
    'contestScores, wouldSupport and canPass answer as the breach lists and intervals do',
    (room, draft) => {
      expect([...contestScores(draft, room, sizes)]).toEqual([...contestScoresByBreaches(draft, room)]);
      for (const view of room) {
        expect(wouldSupport(view, draft, sizes)).toBe(wouldSign(view, draft, sizes));
        for (const issue of ISSUES)
          for (let rung = 0; rung < sizes[issue]!; rung++) {
            const p = view.positions[issue];
            const { min, max } = acceptableInterval(p, sizes[issue]!, view.widening);
            const inside = rung >= min && rung <= max;
            const gives =
              p !== undefined &&
              p.hard &&
              yields(lineFirmness(p, rung), view.pressure, view.attribution[issue]?.[rung] !== undefined);
            expect(canPass(view, issue, rung, sizes[issue]!)).toBe(p === undefined || inside || gives);
          }
      }
    },
  );
});
