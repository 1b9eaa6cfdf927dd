// The stance machine takes each event in one macrostep of one microstep: the guards look ahead at
// the event's update and go straight to the stance (no transient state to pass through).
import { describe, expect, it } from 'vitest';
import { createActor, type InspectionEvent } from 'xstate';
import { stanceMachine, type StanceEvent } from '../../src/actors/stanceMachine.js';
import { stanceOf } from '../../src/actors/stance.js';
import { position, profile } from '../support/build.js';

const delegation = profile(
  'AAA',
  { war: position(2, 1, 3) },
  {
    reservation: 0.6,
    patience: 0.5,
    walkout: [{ whenSpeaks: 'RUS', probability: 0.5 }],
    susceptibility: { USA: 1 },
  },
);

/** Each event with the stance it should leave the delegation in. */
const story: [StanceEvent, string][] = [
  [{ type: 'draft.tabled', draft: { war: 2 } }, 'supporting'],
  [{ type: 'draft.tabled', draft: { war: 2 } }, 'supporting'],
  [{ type: 'draft.tabled', draft: { war: 4 } }, 'objecting'],
  [{ type: 'round.closed', elapsed: 1 }, 'seekingAmendment'],
  [{ type: 'speech.made', speaker: 'RUS', draw: 0.9 }, 'seekingAmendment'],
  [{ type: 'speech.made', speaker: 'RUS', draw: 0.1 }, 'walkedOut'],
  [{ type: 'delegation.returned' }, 'seekingAmendment'],
  [{ type: 'lobby.received', from: 'USA', issue: 'war', toward: 4, persuaded: true }, 'supporting'],
  [{ type: 'face.lost', by: 'USA', issue: 'war', from: 4 }, 'seekingAmendment'],
];

describe('stance machine steps', () => {
  it('takes every event in a single microstep, and lands on the stance the rules give', () => {
    const steps: string[] = [];
    const actor = createActor(stanceMachine, {
      input: { profile: delegation, sizes: { war: 5 }, draft: { war: 2 }, present: true },
      inspect: (e: InspectionEvent) => {
        if (e.type === '@xstate.microstep') steps.push(e.event.type);
      },
    });
    actor.start();
    steps.length = 0;
    for (const [event, expected] of story) {
      actor.send(event);
      expect(stanceOf(actor.getSnapshot()), JSON.stringify(event)).toBe(expected);
    }
    // One microstep per event: none into a transient state and out of it again.
    expect(steps).toEqual(story.map(([e]) => e.type));
  });
});
