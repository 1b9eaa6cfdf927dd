import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { LADDER3, LADDER5, position, profile, scenario } from '../support/build.js';

const agreeable = [
  profile('AAA', { war: position(2, 1, 3), trade: position(1, 0, 2) }),
  profile('BBB', { war: position(2, 1, 4), trade: position(1, 1, 2) }),
  profile('CCC', { war: position(3, 2, 4), trade: position(2, 0, 2) }),
];

describe('runScenario', () => {
  it('is a pure function of scenario, overrides and seed', () => {
    const s = scenario(agreeable, {
      rules: {
        decisionRule: 'consensus',
        fallback: 'chair-statement',
        roundLimit: 5,
        speakingOrder: 'shuffle',
        noise: 0.3,
        permanent: [],
      },
    });
    const a = runScenario(s, { seed: 'x', overrides: { 'BBB.reservation': '0.4' } });
    const b = runScenario(s, { seed: 'x', overrides: { 'BBB.reservation': '0.4' } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.inputs).toEqual({
      scenarioHash: 'test',
      overrides: { 'BBB.reservation': '0.4' },
      seed: 'x',
      version: expect.any(String),
      uncertainty: 'off',
      drawn: {},
    });
  });

  it('adopts a draft every delegation supports, in the first round', () => {
    const result = runScenario(scenario(agreeable, { draft: { war: 2, trade: 1 } }), { seed: 1 });
    expect(result.outcome).toBe('joint-statement');
    expect(result.rounds).toBe(1);
    expect(result.statement!.paragraphs.map((p) => `${p.issue}:${p.rung}`)).toEqual([
      'war:ceasefire',
      'trade:open-trade',
    ]);
    expect(result.blockers).toEqual([]);
  });

  it('revises a contested paragraph to a wording all accept, nearest the chair', () => {
    // Opening draft `condemn` is outside AAA's interval; AAA (the chair) prefers ceasefire.
    const result = runScenario(scenario(agreeable, { draft: { war: 4, trade: 1 } }), { seed: 1, transcript: true });
    expect(result.outcome).toBe('joint-statement');
    const revision = result.transcript.find((e) => e.type === 'paragraph.revised')!;
    expect(revision).toMatchObject({ actor: 'AAA', fromId: 'condemn', toId: 'ceasefire' });
  });

  it('drops a paragraph only omission lets pass (consensus by omission) and adopts the rest', () => {
    const split = [
      profile('AAA', { war: position(1, 0, 1), trade: position(1, 1, 2) }),
      profile('BBB', { war: position(0, 0, 0, { salience: 0.1 }), trade: position(1, 1, 2) }),
    ];
    const result = runScenario(scenario(split, { draft: { war: 2, trade: 1 } }), { seed: 1, transcript: true });
    expect(
      result.transcript.some((e) => e.type === 'paragraph.dropped' && e.fromId === 'ceasefire' && e.toId === 'omit'),
    ).toBe(true);
    expect(result.outcome).toBe('joint-statement');
    expect(result.statement!.paragraphs.map((p) => p.issue)).toEqual(['trade']);
  });

  it('with nothing passable, a broker moves to the wording easiest to let pass, nearest its line, then takes the paragraph into its own statement', () => {
    const split = [
      profile('AAA', { war: position(1, 0, 1), trade: position(1, 1, 2) }),
      profile('BBB', { war: position(4, 3, 4, { salience: 0.1 }), trade: position(1, 1, 2) }),
    ];
    const result = runScenario(scenario(split, { draft: { war: 2, trade: 1 } }), { seed: 1, transcript: true });
    expect(
      result.transcript.some(
        (e) => e.type === 'paragraph.revised' && e.fromId === 'ceasefire' && e.toId === 'dialogue',
      ),
    ).toBe(true);
    // Before the last round the chair moves `war` into a chair's annex; the rest is adopted.
    expect(result.transcript.some((e) => e.type === 'paragraph.annexed' && e.issue === 'war')).toBe(true);
    expect(result.outcome).toBe('joint-statement');
    expect(result.statement!.paragraphs.map((p) => p.issue)).toEqual(['trade']);
    expect(result.annex.map((p) => p.issue)).toEqual(['war']);
    // Without a chair's statement to take it, the paragraph stays and BBB stays in the way.
    const none = runScenario(
      scenario(split, {
        draft: { war: 2, trade: 1 },
        rules: {
          decisionRule: 'consensus',
          fallback: 'none',
          roundLimit: 5,
          speakingOrder: 'alphabetical',
          noise: 0,
          permanent: [],
          preparation: 0,
        },
      }),
      { seed: 1 },
    );
    expect(none.outcome).toBe('no-statement');
    expect(none.blockers).toContainEqual({ actor: 'BBB', issue: 'war', rung: 'dialogue' });
  });

  it('cannot adopt when a hard red line excludes every wording of a paragraph that cannot be dropped', () => {
    const undroppable = { ...LADDER5, droppable: false };
    const vetoer = profile('VVV', { war: position(0, 0, 0, { hard: true }) });
    const result = runScenario(scenario([...agreeable, vetoer], {}, [undroppable, LADDER3]), { seed: 3 });
    expect(result.outcome).not.toBe('joint-statement');
    expect(result.blockers.some((b) => b.actor === 'VVV' && b.issue === 'war')).toBe(true);
  });

  it('a walkout is a protest: the delegation comes back for the text, and the meeting goes on', () => {
    const protester = profile('WWW', { war: position(2, 0, 4) }, { walkout: [{ whenSpeaks: 'AAA', probability: 1 }] });
    const run = runScenario(scenario([...agreeable, protester]), { seed: 1, transcript: true });
    expect(run.outcome).toBe('joint-statement');
    expect(run.delegations.WWW).toEqual({ stance: 'supporting', present: true });
    const walkout = run.transcript.find((e) => e.type === 'walkout');
    expect(walkout).toMatchObject({
      actor: 'WWW',
      speaker: 'AAA',
      embarrassment: expect.any(Number),
      coolness: expect.any(Number),
    });
    expect(run.transcript.some((e) => e.type === 'delegation.returned' && e.actor === 'WWW')).toBe(true);
  });

  it('a boycott is a decision to sign nothing alongside a delegation: no joint statement while it holds', () => {
    const boycotter = profile('WWW', { war: position(2, 0, 4) }, { boycott: [{ of: 'AAA', firmness: 1 }] });
    const withChair = runScenario(scenario([...agreeable, boycotter]), { seed: 1 });
    expect(withChair.outcome).toBe('chair-statement');
    expect(withChair.delegations.WWW).toEqual({ stance: 'blocking', present: true });
    expect(withChair.blockers).toContainEqual({ actor: 'WWW', issue: 'boycott', rung: 'AAA' });
    const none = runScenario(
      scenario([...agreeable, boycotter], {
        rules: {
          decisionRule: 'consensus',
          fallback: 'none',
          roundLimit: 5,
          speakingOrder: 'alphabetical',
          noise: 0,
          permanent: [],
          preparation: 0,
        },
      }),
      { seed: 1 },
    );
    expect(none.outcome).toBe('no-statement');
    expect(none.statement).toBeNull();
  });

  it('stops at the event cap and still returns an outcome', () => {
    const s = scenario(agreeable, { draft: { war: 4, trade: 1 } });
    const result = runScenario(s, { seed: 1, maxEvents: 4, transcript: true });
    expect(result.events).toBeLessThanOrEqual(5);
    expect(result.transcript.some((e) => e.type === 'cap.reached')).toBe(true);
    expect(result.outcome).toBe('chair-statement');
  });

  it('never plays more rounds than the limit', () => {
    const stubborn = [
      profile('AAA', { war: position(1, 1, 1, { hard: true }) }),
      profile('BBB', { war: position(3, 3, 3, { hard: true }) }),
    ];
    const result = runScenario(scenario(stubborn, { draft: { war: 2 } }, [LADDER5]), { seed: 1 });
    expect(result.rounds).toBe(5);
    expect(result.outcome).toBe('chair-statement');
    expect(result.statement!.paragraphs).toEqual([{ issue: 'war', rung: 'dialogue', text: 'On the war: dialogue.' }]);
  });

  it('numbers transcript entries 1..n in order', () => {
    const result = runScenario(scenario(agreeable, { draft: { war: 4, trade: 1 } }), { seed: 1, transcript: true });
    expect(result.transcript.map((e) => e.seq)).toEqual(result.transcript.map((_, i) => i + 1));
  });

  it('reports the capability x salience weighted compromise baseline', () => {
    const result = runScenario(scenario(agreeable), { seed: 1 });
    // war ideals 2, 2, 3 with equal weights -> 2.33 -> ceasefire; trade 1, 1, 2 -> open-trade.
    expect(result.baseline).toEqual({ war: 'ceasefire', trade: 'open-trade' });
  });
});
