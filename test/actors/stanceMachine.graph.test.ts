// xstate/graph path tests of the stance machine: every state reachable with a small alphabet of
// events, each checked against the simpler model of the stance rules (test/testing/stanceModel.ts).
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { stanceOf } from '../../src/actors/stance.js';
import { stanceMachine, type StanceEvent, type StanceInput } from '../../src/actors/stanceMachine.js';
import type { Stance } from '../../src/domain/types.js';
import { profile } from '../support/build.js';
import {
  faceLost,
  initialModel,
  lobby,
  returned,
  roundClosed,
  speech,
  table,
  type ModelSetup,
  type StanceModel,
} from '../testing/stanceModel.js';

type Snapshot = SnapshotFrom<typeof stanceMachine>;

const SIZE = 4;
const events: StanceEvent[] = [
  ...Array.from({ length: SIZE }, (_, war) => ({ type: 'draft.tabled' as const, draft: { war } })),
  { type: 'speech.made', speaker: 'RUS', draw: 0.99 },
  { type: 'speech.made', speaker: 'RUS', draw: 0 },
  { type: 'lobby.received', from: 'USA', issue: 'war', toward: SIZE - 1, persuaded: true },
  { type: 'lobby.received', from: 'CHN', issue: 'war', toward: 0, persuaded: true },
  { type: 'lobby.received', from: 'CHN', issue: 'war', toward: 0, persuaded: false },
  { type: 'face.lost', by: 'USA', issue: 'war', from: SIZE - 1 },
  { type: 'round.closed', elapsed: 0.5 },
  { type: 'round.closed', elapsed: 1 },
  { type: 'delegation.returned' },
];

const SETUPS: Record<string, ModelSetup> = {
  soft: {
    size: SIZE,
    ideal: 1,
    min: 1,
    max: 2,
    hard: false,
    salience: 0.5,
    reservation: 0.7,
    patience: 0.5,
    walkoutOnRus: 0.5,
    present: true,
    draft: 1,
  },
  hard: {
    size: SIZE,
    ideal: 2,
    min: 1,
    max: 2,
    hard: true,
    salience: 1,
    reservation: 0.7,
    patience: 1,
    walkoutOnRus: 0.5,
    present: true,
    draft: 2,
  },
  absent: {
    size: SIZE,
    ideal: 1,
    min: 0,
    max: 3,
    hard: false,
    salience: 0.5,
    reservation: 0.3,
    patience: 0.5,
    walkoutOnRus: 0,
    present: false,
    draft: 1,
  },
};

function inputOf(setup: ModelSetup): StanceInput {
  const p = profile(
    'AAA',
    { war: { ideal: setup.ideal, min: setup.min, max: setup.max, hard: setup.hard, salience: setup.salience } },
    {
      reservation: setup.reservation,
      patience: setup.patience,
      walkout: setup.walkoutOnRus > 0 ? [{ whenSpeaks: 'RUS', probability: setup.walkoutOnRus }] : [],
    },
  );
  return { profile: p, sizes: { war: setup.size }, draft: { war: setup.draft }, present: setup.present };
}

/** A state is its stance and everything that decides the next one. */
const serializeState = (s: Snapshot) => {
  const c = s.context;
  return JSON.stringify([stanceOf(s), c.positions.war, c.widening, c.draft.war, [...c.resentful].sort()]);
};

function apply(m: StanceModel, e: StanceEvent): void {
  switch (e.type) {
    case 'draft.tabled':
      return table(m, e.draft.war!);
    case 'speech.made':
      return speech(m, e.speaker, e.draw);
    case 'lobby.received':
      return lobby(m, e.from, e.toward, e.persuaded);
    case 'face.lost':
      return faceLost(m, e.by, e.from);
    case 'delegation.returned':
      return returned(m);
    case 'round.closed':
      return roundClosed(m, e.elapsed);
  }
}

const stanceEvents = (steps: { event: { type: string } }[]) =>
  steps.map((s) => s.event).filter((e): e is StanceEvent => !e.type.startsWith('xstate.'));

function expectAgreement(m: StanceModel, s: Snapshot, where: string): void {
  expect(stanceOf(s), where).toBe(m.stance);
  expect(s.context.positions.war, where).toMatchObject({ ideal: m.ideal, min: m.min, max: m.max });
}

describe('stance machine reachable states (xstate/graph) against the simpler model', () => {
  for (const [name, setup] of Object.entries(SETUPS)) {
    it(`${name}: every reachable state, by its shortest path, agrees with the model`, () => {
      const paths = getShortestPaths(stanceMachine, { input: inputOf(setup), events, serializeState });
      expect(paths.length).toBeGreaterThan(setup.present ? 20 : 0);
      for (const path of paths) {
        const model = initialModel(setup);
        const sent = stanceEvents(path.steps);
        for (const e of sent) apply(model, e);
        expectAgreement(model, path.state, `after ${sent.map((e) => JSON.stringify(e)).join(' ')}`);
      }
    });
  }

  it('reaches every stance a delegation can take, and blocking only behind a hard red line', () => {
    const reached = (setup: ModelSetup) =>
      [
        ...new Set(
          getShortestPaths(stanceMachine, { input: inputOf(setup), events, serializeState }).map((p) =>
            stanceOf(p.state),
          ),
        ),
      ].sort();
    expect(reached(SETUPS.soft!)).toEqual<Stance[]>([
      'objecting',
      'reviewing',
      'seekingAmendment',
      'supporting',
      'walkedOut',
    ]);
    expect(reached(SETUPS.hard!)).toEqual<Stance[]>([
      'blocking',
      'reviewing',
      'seekingAmendment',
      'supporting',
      'walkedOut',
    ]);
    expect(reached(SETUPS.absent!)).toEqual<Stance[]>(['absent']);
  });

  it('absent is terminal, and a protester leaves walkedOut only by coming back for the text', () => {
    for (const setup of Object.values(SETUPS)) {
      const map = getAdjacencyMap(stanceMachine, { input: inputOf(setup), events, serializeState });
      for (const [key, { state, transitions }] of Object.entries(map)) {
        const stance = stanceOf(state);
        if (stance !== 'walkedOut' && stance !== 'absent') continue;
        for (const [eventKey, next] of Object.entries(transitions) as [string, { state: Snapshot }][]) {
          if (stance === 'walkedOut' && eventKey.includes('delegation.returned'))
            expect(stanceOf(next.state)).not.toBe('walkedOut');
          else expect(serializeState(next.state)).toBe(key);
        }
      }
    }
  });

  it('TestModel paths drive a live actor that stays in step with the model and the traversal', async () => {
    const setup = SETUPS.hard!;
    const testModel = createTestModel(stanceMachine, { input: inputOf(setup), events });
    const paths = testModel.getShortestPaths();
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const actor = createActor(stanceMachine, { input: inputOf(setup) });
      actor.start();
      const model = initialModel(setup);
      // The traversal hands over each step with the full event it took.
      const send = (step: { event: { type: string } }) => {
        const event = step.event as StanceEvent;
        actor.send(event);
        apply(model, event);
      };
      await path.test({
        events: {
          'draft.tabled': send,
          'speech.made': send,
          'lobby.received': send,
          'face.lost': send,
          'round.closed': send,
          'delegation.returned': send,
        },
        states: {
          '*': (state) => {
            expect(stanceOf(actor.getSnapshot())).toBe(stanceOf(state));
            expectAgreement(model, actor.getSnapshot(), path.description);
          },
        },
      });
      actor.stop();
    }
  });
});
