// Model-based test of the stance machine: random sequences of events, sent to a real actor and
// applied to the simpler model in test/testing/stanceModel.ts; after every event the stance and
// the position must agree.
import { describe, expect, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createActor, type Actor } from 'xstate';
import { stanceOf } from '../../src/actors/stance.js';
import { stanceMachine } from '../../src/actors/stanceMachine.js';
import { propertySettings, propertyTimeout } from '../../src/testing/index.js';
import { profile } from '../support/build.js';
import {
  DRAWS,
  ELAPSED,
  faceLost,
  initialModel,
  lobby,
  PATIENCES,
  RESERVATIONS,
  roundClosed,
  speech,
  table,
  WALKOUTS,
  type ModelSetup,
  type StanceModel,
} from '../testing/stanceModel.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
type Real = { actor: Actor<typeof stanceMachine> };

const setups: fc.Arbitrary<ModelSetup> = fc
  .record({
    size: fc.integer({ min: 2, max: 6 }),
    ideal: fc.nat({ max: 59 }),
    below: fc.nat({ max: 59 }),
    above: fc.nat({ max: 59 }),
    hard: fc.boolean(),
    salience: fc.constantFrom(0, 0.5, 1),
    reservation: fc.constantFrom(...RESERVATIONS),
    patience: fc.constantFrom(...PATIENCES),
    walkoutOnRus: fc.constantFrom(...WALKOUTS),
    present: fc.nat({ max: 7 }).map((n) => n > 0),
    draft: fc.nat({ max: 59 }),
  })
  .map((g) => {
    const ideal = g.ideal % g.size;
    return {
      ...g,
      ideal,
      min: ideal - (g.below % (ideal + 1)),
      max: ideal + (g.above % (g.size - ideal)),
      draft: g.draft % g.size,
    };
  });

function start(setup: ModelSetup): Real {
  const p = profile(
    'AAA',
    { war: { ideal: setup.ideal, min: setup.min, max: setup.max, hard: setup.hard, salience: setup.salience } },
    {
      reservation: setup.reservation,
      patience: setup.patience,
      walkout: setup.walkoutOnRus > 0 ? [{ whenSpeaks: 'RUS', probability: setup.walkoutOnRus }] : [],
    },
  );
  const actor = createActor(stanceMachine, {
    input: { profile: p, sizes: { war: setup.size }, draft: { war: setup.draft }, present: setup.present },
  });
  actor.start();
  return { actor };
}

/** After each event: the same stance, and the same position on the issue. */
function agree(m: StanceModel, r: Real): void {
  const snapshot = r.actor.getSnapshot();
  expect(stanceOf(snapshot)).toBe(m.stance);
  expect(snapshot.context.positions.war).toMatchObject({ ideal: m.ideal, min: m.min, max: m.max, hard: m.hard });
}

class Table implements fc.Command<StanceModel, Real> {
  constructor(readonly k: number) {}
  check = () => true;
  run(m: StanceModel, r: Real) {
    const rung = this.k % m.size;
    r.actor.send({ type: 'draft.tabled', draft: { war: rung } });
    table(m, rung);
    agree(m, r);
  }
  toString = () => `table(${this.k})`;
}

class Speech implements fc.Command<StanceModel, Real> {
  constructor(
    readonly speaker: string,
    readonly draw: number,
  ) {}
  check = () => true;
  run(m: StanceModel, r: Real) {
    r.actor.send({ type: 'speech.made', speaker: this.speaker, draw: this.draw });
    speech(m, this.speaker, this.draw);
    agree(m, r);
  }
  toString = () => `speech(${this.speaker}, ${this.draw})`;
}

class Lobby implements fc.Command<StanceModel, Real> {
  constructor(
    readonly from: string,
    readonly k: number,
    readonly persuaded: boolean,
  ) {}
  check = () => true;
  run(m: StanceModel, r: Real) {
    const toward = this.k % m.size;
    r.actor.send({ type: 'lobby.received', from: this.from, issue: 'war', toward, persuaded: this.persuaded });
    lobby(m, this.from, toward, this.persuaded);
    agree(m, r);
  }
  toString = () => `lobby(${this.from}, ${this.k}, ${this.persuaded})`;
}

class FaceLost implements fc.Command<StanceModel, Real> {
  constructor(
    readonly by: string,
    readonly k: number,
  ) {}
  check = () => true;
  run(m: StanceModel, r: Real) {
    const from = this.k % m.size;
    r.actor.send({ type: 'face.lost', by: this.by, issue: 'war', from });
    faceLost(m, this.by, from);
    agree(m, r);
  }
  toString = () => `faceLost(${this.by}, ${this.k})`;
}

class RoundClosed implements fc.Command<StanceModel, Real> {
  constructor(readonly elapsed: number) {}
  check = () => true;
  run(m: StanceModel, r: Real) {
    r.actor.send({ type: 'round.closed', elapsed: this.elapsed });
    roundClosed(m, this.elapsed);
    agree(m, r);
  }
  toString = () => `roundClosed(${this.elapsed})`;
}

const powers = fc.constantFrom('USA', 'CHN');
const commands = fc.commands(
  [
    fc.nat({ max: 59 }).map((k) => new Table(k)),
    fc.tuple(fc.constantFrom('RUS', 'USA'), fc.constantFrom(...DRAWS)).map(([s, d]) => new Speech(s, d)),
    fc.tuple(powers, fc.nat({ max: 59 }), fc.boolean()).map(([f, k, p]) => new Lobby(f, k, p)),
    fc.tuple(powers, fc.nat({ max: 59 })).map(([b, k]) => new FaceLost(b, k)),
    fc.constantFrom(...ELAPSED).map((e) => new RoundClosed(e)),
  ],
  { maxCommands: 40 },
);

describe(`stance machine against a simpler model of the stance rules (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([setups, commands], settings)(
    'every sequence of events leaves the machine and the model with the same stance and position',
    (setup, cmds) => {
      fc.modelRun(() => {
        const real = start(setup);
        const model = initialModel(setup);
        agree(model, real);
        return { model, real };
      }, cmds);
    },
  );
});
