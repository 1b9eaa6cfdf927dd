// Each invariant holds on the real engine and catches the bug it is there for, planted in a copy
// of the engine (a wrapper that corrupts what the real one returns) or in the inputs.
import { describe, expect, it } from 'vitest';
import {
  determinism,
  fallback,
  firstDifference,
  holdableRungs,
  judgeRun,
  loadScenario,
  monotonicity,
  orderIndependence,
  provenance,
  runScenario,
  soundness,
  termination,
  unanimity,
  veto,
  vetoedParagraphs,
  type Engine,
  type RunInput,
  type Scenario,
} from '../../src/testing/index.js';
import { LADDER3, LADDER5, position, profile, scenario } from '../support/build.js';

/** Every parameter of every delegation noted as assumed, as a loaded forum would have it. */
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

const agreeable = [
  profile('AAA', { war: position(2, 1, 3), trade: position(1, 0, 2) }),
  profile('BBB', { war: position(2, 1, 4), trade: position(1, 1, 2) }),
  profile('CCC', { war: position(3, 2, 4), trade: position(1, 0, 2) }),
];
const adopting: RunInput = {
  scenario: noted(scenario(agreeable, { draft: { war: 2, trade: 1 } })),
  seed: '1',
  overrides: {},
};
const stubborn: RunInput = {
  scenario: noted(
    scenario(
      [
        profile('AAA', { war: position(1, 1, 1, { hard: true }) }),
        profile('BBB', { war: position(3, 3, 3, { hard: true }) }),
      ],
      { draft: { war: 2 } },
      [LADDER5],
    ),
  ),
  seed: '1',
  overrides: {},
};

/** A copy of the engine with one thing changed in what it returns. */
const planted =
  (
    change: (
      result: ReturnType<Engine>,
      scenario: Parameters<Engine>[0],
      options: Parameters<Engine>[1],
    ) => ReturnType<Engine>,
  ): Engine =>
  (s, o) =>
    change(runScenario(s, o), s, o);

describe('invariants hold on the real engine', () => {
  it.each([
    determinism,
    termination,
    soundness,
    fallback,
    orderIndependence,
    unanimity,
    veto,
    monotonicity,
    provenance,
  ])('$id', (invariant) => {
    for (const input of [adopting, stubborn]) {
      for (const variant of [0, 1, 2, 7])
        expect(judgeRun(invariant, input, { variant }).verdict).toMatchObject({ holds: true });
    }
  });
});

describe('invariants catch planted bugs', () => {
  it('determinism: an engine whose results drift between runs', () => {
    let calls = 0; // the judged run is call 0; determinism's own two runs are calls 1 and 2
    const drifting = planted((r) => ({ ...r, rounds: r.rounds + (calls++ % 2) }));
    const { verdict } = judgeRun(determinism, adopting, { engine: drifting });
    expect(verdict).toMatchObject({ holds: false, message: 'two runs of the same inputs differ at rounds: 2 vs 1' });
  });

  it('termination: a run past its round limit, or over its event cap', () => {
    expect(judgeRun(termination, stubborn, { engine: planted((r) => ({ ...r, rounds: 6 })) }).verdict.message).toBe(
      '6 round(s) used, limit 5',
    );
    expect(
      judgeRun(termination, { ...stubborn, maxEvents: 10 }, { engine: planted((r) => ({ ...r, events: 11 })) }).verdict
        .message,
    ).toBe('11 events counted, cap 10');
  });

  it('soundness: an engine that calls a failed forum a joint statement', () => {
    const lying = planted((r) => ({ ...r, outcome: 'joint-statement' }));
    const { verdict } = judgeRun(soundness, stubborn, { engine: lying, variant: 1 });
    expect(verdict.holds).toBe(false);
    // The copy kept the chair's text (dialogue, AAA's ideal) and called it adopted.
    expect(verdict.message).toBe(
      "joint statement adopted although BBB is present but blocking; war at dialogue crosses BBB's hard red line investigation..investigation",
    );
  });

  it("fallback: a chair's statement where the forum allows none, and no statement where it does", () => {
    const none = { ...stubborn, overrides: { 'forum.fallback': 'none' } };
    expect(
      judgeRun(fallback, none, { engine: planted((r) => ({ ...r, outcome: 'chair-statement' })) }).verdict.message,
    ).toBe("chair-statement although the forum's fallback is none");
    expect(
      judgeRun(fallback, stubborn, { engine: planted((r) => ({ ...r, outcome: 'no-statement', statement: null })) })
        .verdict.message,
    ).toBe("no-statement although the forum's fallback is chair-statement");
    const adopted = runScenario(adopting.scenario, { seed: 1 });
    expect(
      fallback.judge(adopting, { ...adopted, outcome: 'chair-statement' }, { engine: runScenario, variant: 0 }).message,
    ).toBe('chair-statement although every delegation present supports the final draft and nobody walked out');
  });

  it('order: an engine that takes the first listed participant for the chair', () => {
    const firstListed = planted((r, s) => ({
      ...r,
      blockers: [{ actor: s.participants[0]!, issue: 'war', rung: 'omit' }],
    }));
    const { verdict } = judgeRun(orderIndependence, adopting, { engine: firstListed, variant: 0 });
    expect(verdict.message).toBe(
      'listing the participants as CCC, BBB, AAA changes the run at blockers[0].actor: "AAA" vs "CCC"',
    );
  });

  it('unanimity: an engine that never adopts', () => {
    const never = planted((r) => ({ ...r, outcome: 'chair-statement', consensus: null }));
    const { input, verdict } = judgeRun(unanimity, adopting, { engine: never, variant: 0 });
    // The premise gives everyone the chair's positions and tables the chair's ideal.
    expect(input.overrides).toMatchObject({
      'BBB.positions.war.max': 'investigation',
      'CCC.positions.war.ideal': 'ceasefire',
      'forum.draft.war': 'ceasefire',
    });
    expect(verdict.message).toBe(
      'identical delegations did not adopt a joint statement (chair-statement after 1 round(s); 0 paragraph(s) off their shared ideal)',
    );
  });

  it('veto: an engine that adopts whatever the red lines say', () => {
    const always = planted((r) => ({ ...r, outcome: 'joint-statement' }));
    const { input, verdict } = judgeRun(veto, adopting, { engine: always, variant: 0 });
    expect(input.overrides).toMatchObject({ 'AAA.positions.war.hard': 'true', 'BBB.positions.war.hard': 'true' });
    expect(verdict.message).toMatch(
      /^joint statement adopted with war at \S+ although the hard red lines of AAA, BBB leave no rung it can hold$/,
    );
  });

  it('veto: one red line of omission against a paragraph that cannot be dropped', () => {
    const undroppable = { ...LADDER5, droppable: false };
    const s = scenario([...agreeable, profile('VVV', { war: position(0, 0, 0, { hard: true }) })], {}, [
      undroppable,
      LADDER3,
    ]);
    expect(holdableRungs(undroppable, 2)).toEqual([1, 2, 3, 4]);
    expect(vetoedParagraphs(s)).toEqual([{ issue: 'war', by: ['VVV'] }]);
    expect(judgeRun(veto, { scenario: s, seed: '3', overrides: {} }).verdict).toMatchObject({
      holds: true,
      applies: true,
    });
  });

  it('monotonicity: an engine where widening an interval loses the statement on the same path', () => {
    const touchy = planted((r, _s, o) =>
      Object.keys(o.overrides ?? {}).some((k) => /\.(min|max)$/.test(k))
        ? { ...r, outcome: 'chair-statement', consensus: null }
        : r,
    );
    const { verdict } = judgeRun(monotonicity, adopting, { engine: touchy, variant: 1 });
    expect(verdict.holds).toBe(false);
    expect(verdict.message).toMatch(
      /^widening \w+'s soft interval on \w+ \((min|max) [a-z-]+ -> [a-z-]+\) turns the consensus text adopted in round 1 into chair-statement without one after 1 round\(s\), although the chair tabled the same drafts$/,
    );
    expect(verdict.related?.map((r) => r.label)).toEqual(['adopted', 'after widening']);
  });

  it('provenance: a parameter whose note went missing', () => {
    const arf = loadScenario('arf-2022');
    const notes = { ...arf.provenance.SGP! };
    delete notes['positions.ukraine.min'];
    const input = { scenario: { ...arf, provenance: { ...arf.provenance, SGP: notes } }, seed: '1', overrides: {} };
    expect(
      provenance.judge(input, runScenario(arf, { seed: 1, transcript: false }), { engine: runScenario, variant: 0 })
        .message,
    ).toBe('no provenance for SGP.positions.ukraine.min');
  });
});

describe('firstDifference', () => {
  it('names the first path where two results differ, key order included', () => {
    expect(firstDifference({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toBeNull();
    expect(firstDifference({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })).toBe('b[1]: 2 vs 3');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe('(result): keys listed as ["a","b"] vs ["b","a"]');
  });
});
