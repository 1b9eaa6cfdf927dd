// The typed event stream of a sequence: each meeting opens with `meeting.started` (its seed and the
// user's overrides), then one `carry.applied` per value carried into it, then the meeting's own forum
// events (tagged with the meeting), and closes with `meeting.ended`. `applySequenceEvent` folds them,
// each meeting's forum events through the engine's applyEvent, so a viewer can replay a chain.
import type { ForumEvent } from '../domain/events.js';
import type { OutcomeKind } from '../domain/types.js';
import { applyEvent, initialReplayState, type ReplayState } from '../engine/replay.js';
import type { Overrides } from '../scenario/overrides.js';
import type { CarriedValue, SequenceRun } from './types.js';

export type SequenceEvent =
  | { type: 'meeting.started'; meeting: number; id: string; date: string; seed: string; overrides: Overrides }
  /** A value carried into `meeting` from earlier ones: the `--set` path, its value before and after, and why. */
  | ({ type: 'carry.applied' } & CarriedValue)
  | { type: 'forum.event'; meeting: number; event: ForumEvent }
  | { type: 'meeting.ended'; meeting: number; outcome: OutcomeKind };

export interface MeetingReplay {
  id: string;
  date: string;
  seed: string;
  /** The user's overrides, then every carried value: what the meeting ran with. */
  overrides: Overrides;
  carried: Extract<SequenceEvent, { type: 'carry.applied' }>[];
  room: ReplayState;
  outcome: OutcomeKind | null;
}

export interface SequenceReplayState {
  meetings: MeetingReplay[];
  /** Index of the meeting the last event belongs to (-1 before any). */
  current: number;
  count: number;
}

export const initialSequenceState = (): SequenceReplayState => ({ meetings: [], current: -1, count: 0 });

export function applySequenceEvent(state: SequenceReplayState, event: SequenceEvent): SequenceReplayState {
  const next = { ...state, current: event.meeting, count: state.count + 1 };
  const change = (patch: (m: MeetingReplay) => Partial<MeetingReplay>): SequenceReplayState => {
    const meeting = next.meetings[event.meeting];
    if (!meeting) return next;
    const meetings = [...next.meetings];
    meetings[event.meeting] = { ...meeting, ...patch(meeting) };
    return { ...next, meetings };
  };
  switch (event.type) {
    case 'meeting.started': {
      const meetings = [...next.meetings];
      meetings[event.meeting] = {
        id: event.id,
        date: event.date,
        seed: event.seed,
        overrides: { ...event.overrides },
        carried: [],
        room: initialReplayState(),
        outcome: null,
      };
      return { ...next, meetings };
    }
    case 'carry.applied':
      return change((m) => ({
        carried: [...m.carried, event],
        overrides: { ...m.overrides, [event.path]: event.value },
      }));
    case 'forum.event':
      return change((m) => ({ room: applyEvent(m.room, event.event) }));
    case 'meeting.ended':
      return change(() => ({ outcome: event.outcome }));
  }
}

export function replaySequence(events: readonly SequenceEvent[]): SequenceReplayState {
  return events.reduce(applySequenceEvent, initialSequenceState());
}

/** The chain's events in order. */
export function sequenceEvents(run: SequenceRun): SequenceEvent[] {
  return run.meetings.flatMap((m): SequenceEvent[] => [
    {
      type: 'meeting.started',
      meeting: m.index,
      id: m.meeting.id,
      date: m.meeting.date,
      seed: m.seed,
      overrides: m.userOverrides,
    },
    ...m.carried.map((c) => ({ type: 'carry.applied' as const, ...c })),
    ...m.result.transcript.map((event) => ({ type: 'forum.event' as const, meeting: m.index, event })),
    { type: 'meeting.ended', meeting: m.index, outcome: m.result.outcome },
  ]);
}
