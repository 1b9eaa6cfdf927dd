// The arithmetic of votes (counting, thresholds, abstentions vs absences, the veto, monotonicity),
// then vote forums in the engine.
import { runScenario } from '../../src/engine/run.js';
import { capOf, runInput } from '../../src/analysis/invariants/core.js';
import { afterAll, describe, expect, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { STANCES, VOTES, VOTE_RULES, type Vote } from '../../src/domain/types.js';
import { countVotes, securityCouncilThreshold, tallyVotes, voteOf } from '../../src/engine/votes.js';
import {
  forumRuns,
  judgeRun,
  monotonicity,
  propertySettings,
  propertyTimeout,
  variants,
  voteCount,
} from '../../src/testing/index.js';

const settings = propertySettings({ scale: 5 });
vi.setConfig({ testTimeout: propertyTimeout(settings) });

/** Votes by delegation `d0`, `d1`, ... (keys in order, so an index names a delegation). */
const ballots = (min = 0, max = 40) =>
  fc.array(fc.constantFrom(...VOTES), { minLength: min, maxLength: max }).map(byDelegation);
const byDelegation = (votes: readonly Vote[]): Record<string, Vote> =>
  Object.fromEntries(votes.map((v, i) => [`d${i}`, v]));
const count = (votes: Record<string, Vote>, vote: Vote) => Object.values(votes).filter((v) => v === vote).length;
const rules = () => fc.constantFrom(...VOTE_RULES);
/** A Security Council: 15 seats, the first five permanent. */
const P5 = ['d0', 'd1', 'd2', 'd3', 'd4'];
const council = () => fc.array(fc.constantFrom(...VOTES), { minLength: 15, maxLength: 15 }).map(byDelegation);

describe(`votes (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([ballots(), rules()], settings)(
    'the tally counts every delegation once, under the vote it cast',
    (votes, rule) => {
      const { tally } = tallyVotes(votes, rule, [], Object.keys(votes).length);
      expect(tally.yes + tally.no + tally.abstain + tally.absent).toBe(Object.keys(votes).length);
      for (const v of VOTES) expect(tally[v]).toBe(count(votes, v));
    },
  );

  test.prop([ballots()], settings)('majority: adopted iff more yes than no', (votes) => {
    const { result } = tallyVotes(votes, 'majority', [], Object.keys(votes).length);
    expect(result).toBe(count(votes, 'yes') > count(votes, 'no') ? 'adopted' : 'rejected');
  });

  test.prop([ballots()], settings)(
    'two-thirds: adopted iff some yes and yes is at least two thirds of yes + no',
    (votes) => {
      const yes = count(votes, 'yes');
      const voting = yes + count(votes, 'no');
      const { result } = tallyVotes(votes, 'two-thirds', [], Object.keys(votes).length);
      expect(result).toBe(yes > 0 && yes / voting >= 2 / 3 - 1e-12 ? 'adopted' : 'rejected');
    },
  );

  test.prop([council()], settings)(
    'Security Council: adopted iff 9 of 15 say yes and no permanent member says no; vetoed iff 9 yes and a permanent no',
    (votes) => {
      const yes = count(votes, 'yes');
      const permanentNo = P5.some((id) => votes[id] === 'no');
      const { result } = tallyVotes(votes, 'security-council', P5, 15);
      expect(result).toBe(yes < 9 ? 'rejected' : permanentNo ? 'vetoed' : 'adopted');
    },
  );

  test.prop([fc.integer({ min: 1, max: 200 })], settings)(
    'Security Council threshold: the least yes count that is 3/5 of the seats',
    (seats) => {
      const t = securityCouncilThreshold(seats);
      expect(t * 5).toBeGreaterThanOrEqual(3 * seats);
      expect((t - 1) * 5).toBeLessThan(3 * seats);
    },
  );

  test.prop([ballots(1), fc.constantFrom('majority', 'two-thirds' as const), fc.nat()], settings)(
    'majority and two-thirds: turning an abstention into an absence, or back, never changes the result',
    (votes, rule, pick) => {
      const ids = Object.keys(votes).filter((id) => votes[id] === 'abstain' || votes[id] === 'absent');
      fc.pre(ids.length > 0);
      const id = ids[pick % ids.length]!;
      const moved = { ...votes, [id]: votes[id] === 'abstain' ? 'absent' : 'abstain' } as Record<string, Vote>;
      const seats = Object.keys(votes).length;
      expect(tallyVotes(moved, rule, [], seats).result).toBe(tallyVotes(votes, rule, [], seats).result);
    },
  );

  test.prop([council(), fc.constantFrom(...P5)], settings)(
    'the veto: with 9 yes, a permanent no gives vetoed, and the same votes with that member abstaining (or absent) give adopted unless another permanent member says no',
    (drawn, vetoer) => {
      // Make the text carry on numbers: at least 9 of the 10 elected members and the other permanent ones say yes where needed.
      const votes = { ...drawn, [vetoer]: 'no' as Vote };
      const others = Object.keys(votes).filter((id) => id !== vetoer);
      for (const id of others) if (count(votes, 'yes') < 9 && votes[id] !== 'yes') votes[id] = 'yes';
      expect(tallyVotes(votes, 'security-council', P5, 15).result).toBe('vetoed');
      const otherVeto = P5.some((id) => id !== vetoer && votes[id] === 'no');
      for (const instead of ['abstain', 'absent'] as const) {
        expect(tallyVotes({ ...votes, [vetoer]: instead }, 'security-council', P5, 15).result).toBe(
          otherVeto ? 'vetoed' : 'adopted',
        );
      }
    },
  );

  test.prop([council()], settings)('abstaining and absent permanent members never veto', (drawn) => {
    const votes = Object.fromEntries(
      Object.entries(drawn).map(([id, v]) => [id, P5.includes(id) && v === 'no' ? 'abstain' : v]),
    ) as Record<string, Vote>;
    expect(tallyVotes(votes, 'security-council', P5, 15).result).not.toBe('vetoed');
  });

  test.prop([ballots(1), rules(), fc.nat()], settings)(
    'monotonicity: turning a no into a yes never turns adopted into rejected or vetoed',
    (votes, rule, pick) => {
      const noes = Object.keys(votes).filter((id) => votes[id] === 'no');
      fc.pre(noes.length > 0);
      const id = noes[pick % noes.length]!;
      const seats = Object.keys(votes).length;
      const permanent = Object.keys(votes).slice(0, 5);
      const before = tallyVotes(votes, rule, permanent, seats).result;
      const after = tallyVotes({ ...votes, [id]: 'yes' }, rule, permanent, seats).result;
      if (before === 'adopted') expect(after).toBe('adopted');
    },
  );

  test.prop([fc.constantFrom(...STANCES)], settings)(
    'a vote follows from a stance: support yes, a red line no, out of the room absent, anything between abstain',
    (stance) => {
      const expected = {
        supporting: 'yes',
        blocking: 'no',
        walkedOut: 'absent',
        absent: 'absent',
        seekingAmendment: 'abstain',
        objecting: 'abstain',
        reviewing: 'abstain',
      }[stance];
      expect(voteOf(stance)).toBe(expected);
    },
  );

  test.prop([ballots(), rules()], settings)('countVotes and tallyVotes agree', (votes, rule) => {
    expect(tallyVotes(votes, rule, [], Object.keys(votes).length).tally).toEqual(countVotes(votes));
  });
});

describe(`vote forums in the engine (fast-check seed ${settings.seed}, ${propertySettings().numRuns} runs)`, () => {
  const engineSettings = propertySettings();
  const seen = { cases: 0, walkedOut: 0, adopted: 0, widened: 0, widenedAdopted: 0 };
  test.prop([forumRuns({ decisionRules: VOTE_RULES, eventCap: true })], engineSettings)(
    'each delegation votes as its final stance says (protesters are back to vote; empty seats are absent); the tally counts the votes and the rule decides',
    (input) => {
      const { result, verdict } = judgeRun(voteCount, input);
      expect(verdict.holds, verdict.message).toBe(true);
      expect(verdict.applies).toBe(true);
      // Stated directly, beside the invariant: a protester is back for the vote; only an empty seat is absent.
      const full = runInput(input, runScenario, true);
      const protested = new Set(full.transcript.flatMap((e) => (e.type === 'walkout' ? [e.actor] : [])));
      for (const id of protested) expect(full.votes![id]).toBe(result.votes![id]);
      // (Unless the event cap cut the run short while they were out.)
      if (result.events < capOf(input)) for (const id of protested) expect(result.votes![id]).not.toBe('absent');
      for (const id of input.scenario.absent) expect(result.votes![id]).toBe('absent');
      seen.cases++;
      if (protested.size > 0) seen.walkedOut++;
      if (result.outcome === 'adopted') seen.adopted++;
    },
  );
  test.prop([forumRuns({ decisionRules: VOTE_RULES, noise: 'off' }), variants()], engineSettings)(
    'with noise and lobbying off, widening one interval never turns an adopted text into a rejected or vetoed one',
    (input, variant) => {
      const { verdict } = judgeRun(monotonicity, input, { variant });
      expect(verdict.holds, verdict.message).toBe(true);
      seen.widened++;
      if (verdict.applies) seen.widenedAdopted++;
    },
  );
  afterAll(() => {
    if (seen.cases < 50) return; // too few cases (FORUM_SIM_PROP_RUNS) to judge coverage
    // Not vacuous: walkouts and adoptions occur. (Random forums seldom meet a veto: 1 case in 200;
    // the veto is pinned down by the tally properties above and by test/engine/votes.test.ts.)
    expect(seen.walkedOut).toBeGreaterThan(seen.cases * 0.05);
    expect(seen.adopted).toBeGreaterThan(seen.cases * 0.1);
    // Monotonicity is judged (an adopted text, widened) in a good share of the cases.
    if (seen.widened >= 50) expect(seen.widenedAdopted).toBeGreaterThan(seen.widened * 0.15);
  });
});
