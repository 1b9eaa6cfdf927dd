// The engine keeps its own view of the room (stances, presence, lobbying strength) in the seats of
// its stance actors; a kept transcript, folded by the one fold the UI and replays use, must tell
// the same story, or a replay of it would tell another.
import type { ForumEvent } from '../domain/events.js';
import type { Delegations } from './delegations.js';
import { draftKey } from './ladder.js';
import { replayEvents } from './replay.js';
import { inRoom } from './seats.js';
import type { RunState } from './state.js';

/** Throws when the folded transcript and the run disagree on a delegation or on the draft. */
export function assertLogMatchesActors(
  entries: readonly ForumEvent[],
  state: RunState,
  delegations: Delegations,
): void {
  const folded = replayEvents(entries);
  for (const [id, seat] of delegations.seats) {
    const d = folded.delegations[id];
    const agrees =
      d !== undefined &&
      d.stance === seat.stance &&
      d.present === inRoom(seat.stance) &&
      d.widening === seat.context.widening &&
      d.lobbyingStrength === seat.lobbyingStrength;
    if (!agrees)
      throw new Error(`transcript fold diverged from the stance actor of ${id}: ${d?.stance} vs ${seat.stance}`);
  }
  if (draftKey(folded.draft) !== draftKey(state.draft)) throw new Error('transcript fold diverged from the draft');
}
