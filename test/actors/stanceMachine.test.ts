import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { stanceMachine, type StanceEvent, type StanceInput } from '../../src/actors/stanceMachine.js';
import { stanceOf } from '../../src/actors/stance.js';
import { position, profile } from '../support/build.js';

const sizes = { war: 5 };
// ideal ceasefire (2), accepts dialogue..investigation (1..3), soft.
const base = profile(
  'AAA',
  { war: position(2, 1, 3) },
  { reservation: 0.6, patience: 0.5, walkout: [{ whenSpeaks: 'RUS', probability: 0.5 }] },
);

function start(input: Partial<StanceInput> = {}) {
  const actor = createActor(stanceMachine, {
    input: { profile: base, sizes, draft: { war: 2 }, present: true, ...input },
  });
  actor.start();
  return actor;
}

const stance = (actor: ReturnType<typeof start>) => stanceOf(actor.getSnapshot());
const table = (war: number): StanceEvent => ({ type: 'draft.tabled', draft: { war } });

describe('stance machine transitions', () => {
  it('starts reviewing when present and absent when not', () => {
    expect(stance(start())).toBe('reviewing');
    expect(stance(start({ present: false }))).toBe('absent');
  });

  it('supports a draft at its ideal', () => {
    const actor = start();
    actor.send(table(2));
    expect(stance(actor)).toBe('supporting');
  });

  it('seeks amendment when the draft is acceptable but worth less than its reservation', () => {
    const actor = start();
    actor.send(table(3)); // distance 1/4 -> utility 0.75 ... still >= 0.6
    expect(stance(actor)).toBe('supporting');
    const picky = start({ profile: { ...base, reservation: 0.8 } });
    picky.send(table(3));
    expect(stance(picky)).toBe('seekingAmendment');
  });

  it('objects outside a soft interval and blocks outside a hard one', () => {
    const soft = start();
    soft.send(table(4));
    expect(stance(soft)).toBe('objecting');
    const hard = start({ profile: { ...base, positions: { war: position(2, 1, 3, { hard: true }) } } });
    hard.send(table(4));
    expect(stance(hard)).toBe('blocking');
  });

  it('walks out only when its trigger speaks and the draw falls under the probability', () => {
    const actor = start();
    actor.send(table(2));
    actor.send({ type: 'speech.made', speaker: 'RUS', draw: 0.7 });
    expect(stance(actor)).toBe('supporting');
    actor.send({ type: 'speech.made', speaker: 'USA', draw: 0 });
    expect(stance(actor)).toBe('supporting');
    actor.send({ type: 'speech.made', speaker: 'RUS', draw: 0.2 });
    expect(stance(actor)).toBe('walkedOut');
    expect(actor.getSnapshot().context.walkedOutBecause).toBe('RUS');
    actor.send(table(2));
    expect(stance(actor)).toBe('walkedOut');
  });

  it('moves toward a persuasive lobbyist, stretching a soft interval', () => {
    const actor = start();
    actor.send(table(4));
    expect(stance(actor)).toBe('objecting');
    actor.send({ type: 'lobby.received', from: 'USA', issue: 'war', toward: 4, persuaded: true });
    expect(actor.getSnapshot().context.positions.war).toMatchObject({ ideal: 3, max: 4 });
    expect(stance(actor)).toBe('supporting');
  });

  it('ignores an unpersuasive approach', () => {
    const actor = start();
    actor.send(table(4));
    actor.send({ type: 'lobby.received', from: 'USA', issue: 'war', toward: 4, persuaded: false });
    expect(actor.getSnapshot().context.positions.war).toMatchObject({ ideal: 2, max: 3 });
    expect(stance(actor)).toBe('objecting');
  });

  it('resents a lobbyist after losing face and then ignores it', () => {
    const actor = start();
    actor.send(table(2));
    actor.send({ type: 'face.lost', by: 'USA', issue: 'war', from: 4 });
    const context = actor.getSnapshot().context;
    expect(context.resentful).toEqual(['USA']);
    expect(context.positions.war!.ideal).toBe(1);
    actor.send({ type: 'lobby.received', from: 'USA', issue: 'war', toward: 4, persuaded: true });
    expect(actor.getSnapshot().context.positions.war!.ideal).toBe(1);
  });

  it('widens a soft interval with impatience but never a hard one', () => {
    const soft = start();
    soft.send(table(4));
    expect(stance(soft)).toBe('objecting');
    soft.send({ type: 'round.closed', elapsed: 0.4 }); // 0.5 * 0.4 * 4 rungs = 0.8 -> no rung yet
    expect(stance(soft)).toBe('objecting');
    soft.send({ type: 'round.closed', elapsed: 1 }); // 0.5 * 1 * 4 = 2 rungs
    expect(stance(soft)).not.toBe('objecting');
    const hard = start({ profile: { ...base, positions: { war: position(2, 1, 3, { hard: true }) } } });
    hard.send(table(4));
    hard.send({ type: 'round.closed', elapsed: 1 });
    expect(stance(hard)).toBe('blocking');
  });
});

describe('stance machine reachable paths (xstate/graph)', () => {
  const events: StanceEvent[] = [
    table(2),
    table(3),
    table(4),
    { type: 'speech.made', speaker: 'RUS', draw: 0 },
    { type: 'round.closed', elapsed: 1 },
  ];
  const picky = { ...base, reservation: 0.8, positions: { war: position(2, 1, 3, { hard: true }) } };
  // States are told apart by their value alone, so the graph is the machine's control structure.
  const options = {
    events,
    input: { profile: picky, sizes, draft: { war: 2 }, present: true },
    serializeState: (s: { value: unknown }) => JSON.stringify(s.value),
  };

  it('reaches every stance of a present delegation by a shortest path', () => {
    const paths = getShortestPaths(stanceMachine, options);
    const reached = paths.map((p) => stanceOf(p.state as never)).sort();
    expect(reached).toEqual(['blocking', 'reviewing', 'seekingAmendment', 'supporting', 'walkedOut']);
  });

  it('pins the number of simple paths', () => {
    expect(getSimplePaths(stanceMachine, options).length).toMatchInlineSnapshot(`42`);
  });

  it('an absent delegation reaches nothing else', () => {
    const paths = getShortestPaths(stanceMachine, { ...options, input: { ...options.input, present: false } });
    expect(paths.map((p) => stanceOf(p.state as never))).toEqual(['absent']);
  });
});
