import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { stanceMachine } from '../../src/actors/stanceMachine.js';
import { stanceOf } from '../../src/actors/stance.js';
import { position, profile } from '../support/build.js';

const input = {
  profile: profile('AAA', { war: position(2, 1, 3) }),
  sizes: { war: 5 },
  draft: { war: 2 },
  present: true,
};

describe('stanceOf', () => {
  it('reads the stance from the state tag', () => {
    const actor = createActor(stanceMachine, { input }).start();
    expect(stanceOf(actor.getSnapshot())).toBe('reviewing');
  });

  it('throws on a state that carries no stance tag rather than guessing one', () => {
    const { context } = createActor(stanceMachine, { input }).start().getSnapshot();
    // `arriving` is transient: a snapshot resting there is a machine bug.
    const untagged = stanceMachine.resolveState({ value: 'arriving', context });
    expect(() => stanceOf(untagged)).toThrow(
      'stance machine state "arriving" has no stance tag (expected one of reviewing, supporting, seekingAmendment, objecting, blocking, walkedOut, absent)',
    );
  });
});
