// What the forum view shows at a moment of a run: the engine's own fold (applyEvent) over a prefix
// of the transcript, dressed with names. The UI never asks the engine for state, it replays the log
// (see playback.ts, which carries the fold forward as the run plays).
import type { ActorId, ForumEvent, IssueId, Phase, RunResult, Scenario, Stance, Vote } from '../domain/types.js';
import { RunPlayback } from './playback.js';

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

/** The forum after the first `upto` entries of the run's transcript. */
export function replay(scenario: Scenario, result: RunResult, upto: number): ForumMoment {
  return new RunPlayback(scenario, result, '').advanceTo(upto).moment();
}
