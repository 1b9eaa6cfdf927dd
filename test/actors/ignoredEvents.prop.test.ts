// The engine skips xstate's send for an event `ignoresEvent` says no transition takes (seats.ts):
// that is only sound if, sent to the real actor, such an event leaves its state and context as they
// were, and every other event changes one of them. Random profiles and event sequences, every stance.
import { describe, expect, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createActor } from 'xstate';
import { stanceOf } from '../../src/actors/stance.js';
import { ignoresEvent, stanceMachine, type StanceEvent } from '../../src/actors/stanceMachine.js';
import { propertySettings, propertyTimeout } from '../../src/testing/index.js';
import { position, profile } from '../support/build.js';
import { DRAWS, ELAPSED, PATIENCES, RESERVATIONS, WALKOUTS } from '../testing/stanceModel.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

const SIZE = 5;
const rung = fc.nat({ max: SIZE - 1 });
const who = fc.constantFrom('RUS', 'USA', 'CHN');

const setups = fc.record({
  ideal: rung,
  hard: fc.boolean(),
  reservation: fc.constantFrom(...RESERVATIONS),
  patience: fc.constantFrom(...PATIENCES),
  walkoutOnRus: fc.constantFrom(...WALKOUTS),
  present: fc.nat({ max: 5 }).map((n) => n > 0),
  draft: rung,
});

const events: fc.Arbitrary<StanceEvent> = fc.oneof(
  rung.map((r) => ({ type: 'draft.tabled' as const, draft: { war: r } })),
  fc.tuple(who, fc.constantFrom(...DRAWS)).map(([speaker, draw]) => ({ type: 'speech.made' as const, speaker, draw })),
  fc.tuple(who, rung, fc.boolean()).map(([from, toward, persuaded]) => ({
    type: 'lobby.received' as const,
    from,
    issue: 'war',
    toward,
    persuaded,
  })),
  fc.tuple(who, rung).map(([by, from]) => ({ type: 'face.lost' as const, by, issue: 'war', from })),
  fc.constantFrom(...ELAPSED).map((elapsed) => ({ type: 'round.closed' as const, elapsed })),
  fc.constant({ type: 'delegation.returned' as const }),
);

describe(`ignoresEvent against the stance machine (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([setups, fc.array(events, { maxLength: 40 })], settings)(
    'an event it calls ignored leaves state and context as they were; any other changes one of them',
    (setup, sequence) => {
      const p = profile(
        'AAA',
        { war: position(setup.ideal, Math.max(0, setup.ideal - 1), setup.ideal, { hard: setup.hard }) },
        {
          reservation: setup.reservation,
          patience: setup.patience,
          walkout: setup.walkoutOnRus > 0 ? [{ whenSpeaks: 'RUS', probability: setup.walkoutOnRus }] : [],
        },
      );
      const actor = createActor(stanceMachine, {
        input: { profile: p, sizes: { war: SIZE }, draft: { war: setup.draft }, present: setup.present },
      }).start();
      for (const event of sequence) {
        const before = actor.getSnapshot();
        const ignored = ignoresEvent(stanceOf(before), before.context, event);
        actor.send(event);
        const after = actor.getSnapshot();
        const unchanged = after.context === before.context && after.value === before.value;
        expect(unchanged, `${event.type} in ${String(before.value)}`).toBe(ignored);
      }
    },
  );
});
