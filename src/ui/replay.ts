// What the forum view shows at a moment of a run: the engine's own fold (applyEvent) over a prefix
// of the transcript, dressed with names. The UI never asks the engine for state, it replays the log.
import type { ActorId, ForumEvent, IssueId, Phase, RunResult, Scenario, Stance, Vote } from '../domain/types.js';
import { initialReplayState, replayEvents } from '../engine/replay.js';

export interface DelegationView {
  id: ActorId;
  name: string;
  stance: Stance;
  /** Powers whose lobbying moved this delegation so far. */
  lobbiedBy: ActorId[];
  /** Powers this delegation resents after losing face to them. */
  resents: ActorId[];
  /** This delegation (a power) lost face in the room. */
  lostFace: boolean;
  /** Share of the ladder its soft red lines have widened by. */
  impatience: number;
  /** Its vote, once cast (vote rules only). */
  vote: Vote | null;
}

export interface ForumMoment {
  round: number;
  phase: Phase;
  /** Rung index per issue of the draft on the table. */
  draft: Record<IssueId, number>;
  delegations: DelegationView[];
  last: ForumEvent | null;
  finished: boolean;
}

export function replay(scenario: Scenario, result: RunResult, upto: number): ForumMoment {
  const state = replayEvents(result.transcript.slice(0, upto), initialReplayState(scenario.draft));
  const delegations = scenario.participants.map((id): DelegationView => {
    const d = state.delegations[id];
    return {
      id,
      name: scenario.profiles[id]?.name ?? id,
      // Before its arrival is replayed a delegation is shown studying the draft.
      stance: d?.stance ?? 'reviewing',
      lobbiedBy: d?.lobbiedBy ?? [],
      resents: d?.resents ?? [],
      lostFace: d?.lostFace ?? false,
      impatience: d?.widening ?? 0,
      vote: d?.vote ?? null,
    };
  });
  return {
    round: state.round,
    phase: state.phase,
    draft: state.draft,
    delegations,
    last: state.last,
    finished: upto >= result.transcript.length,
  };
}
