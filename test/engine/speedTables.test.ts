// The tables and caches that keep a run cheap must not change what it computes: the in-place fold
// of a whole transcript, the per-speaker walkout table, the per-scenario draw plan.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { stanceMachine } from '../../src/actors/stanceMachine.js';
import { applyEvent, initialReplayState, replayEvents } from '../../src/engine/replay.js';
import { runScenario } from '../../src/engine/run.js';
import { seatOf, walkoutListeners } from '../../src/engine/seats.js';
import { drawParameters } from '../../src/engine/uncertainty.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { profile, position } from '../support/build.js';

const arf = loadScenario('arf-2022');

describe('replayEvents', () => {
  it('folds a whole transcript to the state applyEvent reaches one event at a time, and leaves `from` alone', () => {
    for (const seed of [1, 2, 3]) {
      const { transcript } = runScenario(arf, { seed, transcript: true });
      const stepByStep = transcript.reduce(applyEvent, initialReplayState());
      expect(replayEvents(transcript)).toEqual(stepByStep);
      const half = Math.floor(transcript.length / 2);
      const from = replayEvents(transcript.slice(0, half));
      const snapshot = structuredClone(from);
      expect(replayEvents(transcript.slice(half), from)).toEqual(stepByStep);
      expect(from).toEqual(snapshot);
    }
  });
});

describe('walkoutListeners', () => {
  it('lists, per speaker, the delegations with a trigger on it, in the order given, each once, never the speaker', () => {
    const seat = (id: string, triggers: string[]) =>
      seatOf(
        createActor(stanceMachine, {
          input: {
            profile: profile(
              id,
              { war: position(1, 0, 2) },
              {
                walkout: triggers.map((whenSpeaks) => ({ whenSpeaks, probability: 0.5 })),
              },
            ),
            sizes: { war: 3 },
            draft: { war: 1 },
            present: true,
          },
        }).start(),
      );
    const seats = new Map([
      ['AAA', seat('AAA', ['RUS', 'AAA'])],
      ['BBB', seat('BBB', [])],
      ['CCC', seat('CCC', ['RUS', 'RUS', 'BBB'])],
      ['RUS', seat('RUS', ['CCC'])],
    ]);
    const table = walkoutListeners(['AAA', 'BBB', 'CCC', 'RUS'], seats);
    expect(Object.fromEntries(table)).toEqual({ RUS: ['AAA', 'CCC'], BBB: ['CCC'], CCC: ['RUS'] });
  });
});

describe('drawParameters', () => {
  it('draws the same after a profile of the scenario is replaced as a fresh copy of the scenario does', () => {
    const scenario = structuredClone(arf);
    const before = drawParameters(scenario, '5');
    scenario.profiles.KHM = { ...scenario.profiles.KHM!, patience: 0.9, susceptibility: {} };
    const after = drawParameters(scenario, '5');
    expect(after).toEqual(drawParameters(structuredClone(scenario), '5'));
    expect(after.drawn).not.toEqual(before.drawn);
    expect(Object.keys(after.drawn).filter((k) => k.startsWith('KHM.susceptibility'))).toEqual([]);
  });
});
