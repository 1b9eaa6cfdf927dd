// The vote-rule invariants hold on the real engine and catch the bugs they are there for, planted
// in a copy of the engine (a wrapper that corrupts what the real one returns).
import { describe, expect, it } from 'vitest';
import {
  fallback,
  judgeRun,
  monotonicity,
  runScenario,
  toVote,
  voteCount,
  type Engine,
  type RunInput,
  type Scenario,
} from '../../src/testing/index.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

const noted = (s: Scenario): Scenario => ({
  ...s,
  provenance: Object.fromEntries(
    s.participants.map((id) => [
      id,
      Object.fromEntries(
        [
          'positions',
          'reservation',
          'patience',
          'risk',
          'capability',
          'faceSensitivity',
          'susceptibility',
          'walkout',
          'lobbying',
        ].map((k) => [k, 'assumed']),
      ),
    ]),
  ),
});

const war = (ideal: number, min: number, max: number, hard = false) => ({
  war: position(ideal, min, max, { hard, salience: 1 }),
});
/** Three for the text, one against it as a red line, one who walks out when AAA speaks. */
const room = (rule: Scenario['rules']['decisionRule'], permanent: string[] = []): RunInput => ({
  scenario: noted(
    scenario(
      [
        profile('AAA', war(4, 3, 4)),
        profile('BBB', war(4, 2, 4)),
        profile('CCC', war(1, 0, 2, true)),
        profile('DDD', war(3, 1, 4)),
        profile('EEE', war(3, 1, 4), { walkout: [{ whenSpeaks: 'AAA', probability: 1 }] }),
      ],
      {
        draft: { war: 4 },
        rules: {
          decisionRule: rule,
          fallback: 'chair-statement',
          roundLimit: 2,
          speakingOrder: 'alphabetical',
          noise: 0,
          permanent,
        },
      },
      [LADDER5],
    ),
  ),
  seed: '1',
  overrides: {},
});

const planted =
  (change: (result: ReturnType<Engine>) => ReturnType<Engine>): Engine =>
  (s, o) =>
    change(runScenario(s, o));

describe('the votes invariant', () => {
  it('holds on the real engine under every vote rule, and on a consensus forum put to the vote by its premise', () => {
    for (const input of [room('majority'), room('two-thirds'), room('security-council', ['CCC']), room('consensus')]) {
      for (const variant of [0, 1, 2, 5, 7, 20])
        expect(judgeRun(voteCount, input, { variant }).verdict).toEqual({ holds: true, applies: true });
    }
  });

  it('the premise puts a consensus forum to each vote rule in turn, with permanent members under security-council', () => {
    const s = room('consensus').scenario;
    expect(toVote(s, 0)).toEqual({ 'forum.decisionRule': 'majority' });
    expect(toVote(s, 1)).toEqual({ 'forum.decisionRule': 'two-thirds' });
    expect(toVote(s, 5)).toEqual({ 'forum.decisionRule': 'security-council', 'forum.permanent': 'AAA' });
    expect(toVote(room('majority').scenario, 5)).toEqual({});
  });

  it('catches a miscount, a wrong decision, a vote that does not follow the stance, and a text that was not adopted', () => {
    const judge = (engine: Engine, input = room('majority')) => judgeRun(voteCount, input, { engine }).verdict;
    expect(judge(planted((r) => ({ ...r, tally: { ...r.tally!, yes: r.tally!.yes + 1 } }))).message).toMatch(
      /^tally .* does not count the votes/,
    );
    expect(judge(planted((r) => ({ ...r, outcome: 'rejected', statement: null }))).message).toBe(
      'outcome rejected although the votes decide adopted under majority',
    );
    expect(judge(planted((r) => ({ ...r, votes: { ...r.votes!, EEE: 'abstain' } }))).message).toMatch(
      /^EEE voted abstain although supporting/,
    );
    expect(
      judge(
        planted((r) => ({ ...r, outcome: 'vetoed' })),
        room('security-council'),
      ).message,
    ).toMatch(/outcome vetoed although the votes decide adopted under security-council; vetoed with a text/);
    expect(judge(planted((r) => ({ ...r, rounds: 1 }))).message).toBe('the vote came after 1 of 2 round(s)');
  });

  it('fallback: a consensus outcome under a vote rule, or a vote outcome under consensus, is caught', () => {
    expect(
      judgeRun(fallback, room('majority'), { engine: planted((r) => ({ ...r, outcome: 'chair-statement' })) }).verdict
        .message,
    ).toBe('chair-statement under majority, which ends in adopted, rejected, vetoed');
    expect(
      judgeRun(fallback, room('consensus'), { engine: planted((r) => ({ ...r, outcome: 'adopted' })) }).verdict.message,
    ).toBe('adopted under consensus, which ends in joint-statement, chair-statement, no-statement');
  });
});

describe('monotonicity under a vote rule', () => {
  it('holds on the real engine, and catches an engine that loses the vote when an interval is widened', () => {
    const input = room('majority');
    expect(judgeRun(monotonicity, input, { variant: 1 }).verdict).toEqual({ holds: true, applies: true });
    // The copy rejects any text once a delegation's interval has been widened.
    const fickle: Engine = (s, o) => {
      const r = runScenario(s, o);
      return Object.keys(o.overrides ?? {}).some((k) => /positions\.war\.(min|max)$/.test(k))
        ? { ...r, outcome: 'rejected', statement: null }
        : r;
    };
    const { verdict } = judgeRun(monotonicity, input, { engine: fickle, variant: 1 });
    expect(verdict.holds).toBe(false);
    expect(verdict.message).toMatch(
      /^widening \w+'s (soft|hard) interval on war .* turns the text adopted by majority vote into rejected$/,
    );
  });
});
