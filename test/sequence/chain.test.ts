// A chain of meetings: with nothing carried it is its meetings run alone on the same seeds, and its
// event log replays to the same chain (the fold gives each meeting's outcome and seats, and
// re-running each meeting with the seed and overrides the log records gives the same result).
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { delegationsOf } from '../../src/engine/replay.js';
import { meetingSeed, runSequence } from '../../src/sequence/chain.js';
import { replaySequence, sequenceEvents } from '../../src/sequence/events.js';
import { loadSequence } from '../../src/sequence/load.js';
import { sequenceOverrides } from '../../src/sequence/overrides.js';

const week = loadSequence('phnom-penh-2022');

describe('runSequence', () => {
  it('with nothing carried over equals its meetings run alone on the same seeds', () => {
    const run = runSequence(week, { seed: '5', overrides: sequenceOverrides(week, ['carry=off']) });
    expect(run.meetings.map((m) => m.meeting.id)).toEqual([
      'amm-2022',
      'asean-russia-2022',
      'eas-fmm-2022',
      'arf-2022',
    ]);
    for (const m of run.meetings) {
      expect(m.carried).toEqual([]);
      const alone = runScenario(m.meeting.scenario, { seed: meetingSeed('5', m.index), transcript: true });
      expect(m.result).toEqual(alone);
    }
  }, 120_000);

  it('replays from its event log: the fold and a re-run from the recorded inputs give the same chain', () => {
    const run = runSequence(week, { seed: '2' });
    expect(run.meetings.some((m) => m.carried.length > 0)).toBe(true);
    const events = JSON.parse(JSON.stringify(sequenceEvents(run))) as ReturnType<typeof sequenceEvents>;
    const state = replaySequence(events);
    expect(state.meetings).toHaveLength(week.meetings.length);
    for (const m of run.meetings) {
      const replayed = state.meetings[m.index]!;
      expect(replayed.outcome).toBe(m.result.outcome);
      expect(replayed.room.outcome).toBe(m.result.outcome);
      expect(delegationsOf(replayed.room)).toEqual(m.result.delegations);
      expect(replayed.carried.map((c) => c.path)).toEqual(m.carried.map((c) => c.path));
      expect(replayed.overrides).toEqual(m.overrides);
      const rerun = runScenario(m.meeting.scenario, {
        seed: replayed.seed,
        overrides: replayed.overrides,
        transcript: true,
      });
      expect(rerun).toEqual(m.result);
    }
  }, 120_000);
});

describe('sequenceOverrides', () => {
  it('sends PATH to every meeting seating its delegation and MEETING:PATH to that meeting alone', () => {
    const o = sequenceOverrides(week, [
      'USA.patience=0.1',
      'arf-2022:forum.roundLimit=3',
      'carry.face=off',
      'carry.walkouts.halfLife=10',
    ]);
    expect(o.all).toEqual({ 'USA.patience': '0.1' });
    expect(o.perMeeting).toEqual({ 'arf-2022': { 'forum.roundLimit': '3' } });
    expect(o.carry.face.enabled).toBe(false);
    expect(o.carry.walkouts.halfLife).toBe(10);
    expect(o.carry.walkouts.provenance.halfLife).toBe('override (--set)');
  });

  it('refuses an unknown meeting, channel or carry field, naming the --set path', () => {
    for (const [arg, message] of [
      ['arf-2021:forum.roundLimit=3', /unknown meeting "arf-2021".*did you mean "arf-2022"/],
      ['carry.fame=off', /unknown channel "fame".*face/],
      ['carry.face.weight=2', /expected a number from 0 to 1/],
      ['carry.face=maybe', /expected on or off/],
    ] as const)
      expect(() => sequenceOverrides(week, [arg])).toThrow(message);
  });
});
