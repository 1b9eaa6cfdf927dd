// Vote rules in the engine: hand-built forums and the two fixtures (a majority vote, a Security Council).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { LADDER3, LADDER5, position, profile, scenario } from '../support/build.js';

const FIXTURES = join(new URL('../fixtures/votes/', import.meta.url).pathname);

/** Five delegations on one paragraph tabled at `condemn` (rung 4): two for it, one against it as a red line, two who can live with it but want less. */
function room(rule: Scenario['rules']['decisionRule'], extra: Partial<Scenario> = {}): Scenario {
  const war = (ideal: number, min: number, max: number, hard = false) => ({
    war: position(ideal, min, max, { hard, salience: 1 }),
  });
  return scenario(
    [
      profile('AAA', war(4, 3, 4)),
      profile('BBB', war(4, 2, 4)),
      profile('CCC', war(1, 0, 2, true)),
      // Acceptable, but worth too little to sign: they abstain.
      profile('DDD', war(1, 0, 4), { reservation: 0.9 }),
      profile('EEE', war(1, 0, 4), { reservation: 0.9 }),
    ],
    {
      draft: { war: 4 },
      rules: {
        decisionRule: rule,
        fallback: 'chair-statement',
        roundLimit: 3,
        speakingOrder: 'alphabetical',
        noise: 0,
        permanent: [],
      },
      ...extra,
    },
    [LADDER5],
  );
}

describe('vote rules', () => {
  it('majority: two yes against one no carry the text as tabled, abstentions aside', () => {
    const r = runScenario(room('majority'), { seed: 1 });
    expect(r.votes).toEqual({ AAA: 'yes', BBB: 'yes', CCC: 'no', DDD: 'abstain', EEE: 'abstain' });
    expect(r.tally).toEqual({ yes: 2, no: 1, abstain: 2, absent: 0 });
    expect(r.outcome).toBe('adopted');
    expect(r.statement?.paragraphs.map((p) => p.rung)).toEqual(['condemn']);
    expect(r.blockers).toEqual([{ actor: 'CCC', issue: 'war', rung: 'condemn' }]);
    // Debate runs to the last round; the chair never revises the text.
    expect(r.rounds).toBe(3);
    expect(r.transcript.some((e) => e.phase === 'revision' || e.type === 'draft.adopted')).toBe(false);
  });

  it('two-thirds: the same room falls short (2 of 3 voting is enough, 2 of 4 is not)', () => {
    expect(runScenario(room('two-thirds'), { seed: 1 }).outcome).toBe('adopted');
    const withAnotherNo = room('two-thirds');
    withAnotherNo.profiles.DDD = profile('DDD', { war: position(1, 0, 2, { hard: true, salience: 1 }) });
    const r = runScenario(withAnotherNo, { seed: 1 });
    expect(r.tally).toMatchObject({ yes: 2, no: 2 });
    expect(r.outcome).toBe('rejected');
    expect(r.statement).toBeNull();
  });

  it('security-council: a permanent no vetoes a text that has the votes; the same member abstaining lets it through', () => {
    // 5 seats need 3 yes; AAA, BBB and DDD (now supporting) give 3.
    const council = room('security-council', {
      rules: {
        decisionRule: 'security-council',
        fallback: 'none',
        roundLimit: 2,
        speakingOrder: 'alphabetical',
        noise: 0,
        permanent: ['CCC'],
      },
    });
    council.profiles.DDD = profile('DDD', { war: position(4, 0, 4, { salience: 1 }) });
    const vetoed = runScenario(council, { seed: 1 });
    expect(vetoed.tally).toEqual({ yes: 3, no: 1, abstain: 1, absent: 0 });
    expect(vetoed.outcome).toBe('vetoed');
    expect(vetoed.statement).toBeNull();
    const softened = runScenario(council, { seed: 1, overrides: { 'CCC.positions.war.hard': 'false' } });
    expect(softened.votes!.CCC).toBe('abstain');
    expect(softened.outcome).toBe('adopted');
  });

  it('the order permanent members are listed in changes nothing', () => {
    const council = (permanent: string[]) =>
      room('security-council', {
        rules: {
          decisionRule: 'security-council',
          fallback: 'none',
          roundLimit: 2,
          speakingOrder: 'alphabetical',
          noise: 0,
          permanent,
        },
      });
    // Two permanent noes against three yes (of five seats): vetoed twice over.
    const withVetoes = (s: Scenario) => ({
      ...s,
      profiles: {
        ...s.profiles,
        DDD: profile('DDD', { war: position(1, 0, 2, { hard: true, salience: 1 }) }),
        EEE: profile('EEE', { war: position(4, 0, 4, { salience: 1 }) }),
      },
    });
    const sorted = runScenario(withVetoes(council(['CCC', 'DDD'])), { seed: 1 });
    expect(sorted.outcome).toBe('vetoed');
    expect(sorted.transcript.find((e) => e.type === 'vote.tallied')).toMatchObject({ vetoedBy: ['CCC', 'DDD'] });
    expect(runScenario(withVetoes(council(['DDD', 'CCC'])), { seed: 1 })).toEqual(sorted);
  });

  it('a walkout under a vote rule is a protest: the meeting goes on and the delegation is back to vote', () => {
    const s = room('majority');
    s.profiles.BBB = { ...s.profiles.BBB!, walkout: [{ whenSpeaks: 'AAA', probability: 1 }] };
    const r = runScenario(s, { seed: 1 });
    expect(r.transcript.some((e) => e.type === 'walkout' && e.actor === 'BBB')).toBe(true);
    expect(r.transcript.some((e) => e.type === 'delegation.returned' && e.actor === 'BBB')).toBe(true);
    expect(r.votes!.BBB).toBe('yes');
    expect(r.rounds).toBe(3);
    expect(r.outcome).toBe('adopted');
  });

  it('the transcript records each vote, the tally and then the outcome, in the voting phase', () => {
    const r = runScenario(room('majority'), { seed: 1 });
    const tail = r.transcript.slice(-7);
    expect(tail.map((e) => e.type)).toEqual([
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.tallied',
      'outcome',
    ]);
    expect(tail[6]).toMatchObject({ outcome: 'adopted' });
    expect(tail.slice(0, 6).every((e) => e.phase === 'voting')).toBe(true);
    expect(tail.slice(0, 5).map((e) => (e.type === 'vote.cast' ? [e.actor, e.stance, e.vote] : []))).toEqual([
      ['AAA', 'supporting', 'yes'],
      ['BBB', 'supporting', 'yes'],
      ['CCC', 'blocking', 'no'],
      ['DDD', 'seekingAmendment', 'abstain'],
      ['EEE', 'seekingAmendment', 'abstain'],
    ]);
    expect(tail[5]).toMatchObject({ tally: { yes: 2, no: 1, abstain: 2, absent: 0 } });
  });

  it('consensus runs carry no votes and no tally', () => {
    const r = runScenario(room('consensus'), { seed: 1 });
    expect(r.votes).toBeNull();
    expect(r.tally).toBeNull();
    expect(r.transcript.some((e) => e.phase === 'voting')).toBe(false);
  });
});

describe('abstentions (model v3): a blocking delegation votes no only against a line it refuses', () => {
  /**
   * A war paragraph at `condemn` and a trade paragraph at `wto-reform`: AAA and BBB want both; CCC
   * refuses the war paragraph (a hard ceiling at `dialogue`) but wants the trade one. To CCC the text
   * is worth (0.5 x 0 + 0.5 x 1) = 0.5 with the refused paragraph counted as nothing.
   */
  function twoParagraphs(): Scenario {
    const both = { war: position(4, 3, 4, { salience: 1 }), trade: position(2, 1, 2, { salience: 1 }) };
    return scenario(
      [
        profile('AAA', both),
        profile('BBB', both),
        profile('CCC', {
          war: position(0, 0, 1, { hard: true, salience: 0.5 }),
          trade: position(2, 0, 2, { salience: 0.5 }),
        }),
      ],
      {
        draft: { war: 4, trade: 2 },
        // Officials: little at stake, so little pressure eases the reservation (a lone holdout's cost
        // at the end is the stakes, 0.3 + 0.3 x the default host investment 0.3 = 0.39).
        level: 'officials',
        rules: {
          decisionRule: 'majority',
          fallback: 'none',
          roundLimit: 2,
          speakingOrder: 'alphabetical',
          noise: 0,
          permanent: [],
        },
      },
      [LADDER5, LADDER3],
    );
  }

  it('cross-pressured: it refuses the war paragraph but the trade paragraph makes the text worth its reservation, so it abstains', () => {
    const r = runScenario(twoParagraphs(), { seed: 1 });
    expect(r.delegations.CCC!.stance).toBe('blocking');
    expect(r.votes).toEqual({ AAA: 'yes', BBB: 'yes', CCC: 'abstain' });
    expect(r.blockers).toEqual([]);
    expect(r.transcript.find((e) => e.type === 'vote.cast' && e.actor === 'CCC')!.reason).toBe(
      "abstains: crosses its refused line on war at condemn but shares the text's aim",
    );
  });

  it('with a reservation the rest of the text does not meet, it votes no, and is in the way on the war paragraph', () => {
    // 0.9 eased by the pressure (0.39) to 0.55 > 0.5.
    const r = runScenario(twoParagraphs(), { seed: 1, overrides: { 'CCC.reservation': '0.9' } });
    expect(r.votes!.CCC).toBe('no');
    expect(r.blockers).toEqual([{ actor: 'CCC', issue: 'war', rung: 'condemn' }]);
  });

  it('a text too weak for it (a held floor, nothing refused): it abstains', () => {
    const s = twoParagraphs();
    s.profiles.CCC = profile('CCC', { war: position(4, 4, 4, { hard: true, salience: 1 }) });
    s.draft = { war: 3, trade: 2 };
    const r = runScenario(s, { seed: 1 });
    expect(r.delegations.CCC!.stance).toBe('blocking');
    expect(r.votes!.CCC).toBe('abstain');
  });

  it('with the abstention mechanism switched off, every block is a no again', () => {
    const s = twoParagraphs();
    s.rules.mechanisms = { abstention: false };
    const r = runScenario(s, { seed: 1 });
    expect(r.votes!.CCC).toBe('no');
    expect(r.tally).toEqual({ yes: 2, no: 1, abstain: 0, absent: 0 });
  });
});

describe('vote fixtures', () => {
  it('a Security Council of 15: Russia vetoes a text condemning the aggression that has the votes', () => {
    const s = loadScenario(join(FIXTURES, 'security-council.yaml'));
    expect(s.rules).toMatchObject({ decisionRule: 'security-council', permanent: ['CHN', 'FRA', 'GBR', 'RUS', 'USA'] });
    for (const seed of ['1', '2', '3']) {
      const r = runScenario(s, { seed });
      expect(r.outcome).toBe('vetoed');
      expect(r.tally!.yes).toBeGreaterThanOrEqual(9);
      expect(r.votes!.RUS).toBe('no');
      expect(r.blockers.map((b) => b.actor)).toEqual(['RUS']);
    }
  });

  it('a majority vote among the ARF delegations: protesters who left while Russia spoke are back to vote', () => {
    const s = loadScenario(join(FIXTURES, 'majority.yaml'));
    expect(s.rules.decisionRule).toBe('majority');
    const r = runScenario(s, { seed: 2 });
    const protesters = new Set(r.transcript.flatMap((e) => (e.type === 'walkout' ? [e.actor] : [])));
    expect(protesters.size).toBeGreaterThan(0);
    for (const id of protesters) expect(r.votes![id]).not.toBe('absent');
    expect(r.tally!.absent).toBe(0);
    expect(r.outcome).toBe(r.tally!.yes > r.tally!.no ? 'adopted' : 'rejected');
  });
});
