// The engine's view of each delegation: its stance actor, with the stance and context read once
// after each event (not from the tags on every lookup), and what the room has seen of its lobbying.
// Built once per run, with the per-speaker table of who may walk out.
import type { Actor } from 'xstate';
import { stanceOf } from '../actors/stance.js';
import { ignoresEvent, type StanceContext, type stanceMachine } from '../actors/stanceMachine.js';
import type { ActorId, Stance } from '../domain/types.js';

export interface Seat {
  readonly actor: Actor<typeof stanceMachine>;
  /** The actor's stance after the last event it took. */
  stance: Stance;
  /** The actor's context after the last event it took. */
  context: StanceContext;
  /** A power's lobbying strength now (it falls when the power loses face); null for one that does not lobby. */
  lobbyingStrength: number | null;
}

/** A seat for a started actor. */
export function seatOf(actor: Actor<typeof stanceMachine>): Seat {
  const snapshot = actor.getSnapshot();
  return {
    actor,
    stance: stanceOf(snapshot),
    context: snapshot.context,
    lobbyingStrength: snapshot.context.profile.lobbying?.strength ?? null,
  };
}

/** Sends one event and reads the stance it leads to; returns the stance before and after. */
export function sendTo(seat: Seat, event: Parameters<Seat['actor']['send']>[0]): { before: Stance; after: Stance } {
  const before = seat.stance;
  // An event no transition takes changes nothing: xstate's macrostep for it is skipped.
  if (ignoresEvent(before, seat.context, event)) return { before, after: before };
  seat.actor.send(event);
  const snapshot = seat.actor.getSnapshot();
  seat.stance = stanceOf(snapshot);
  seat.context = snapshot.context;
  return { before, after: seat.stance };
}

/** In the room: neither absent nor out on a protest (as the transcript's fold counts presence). */
export const inRoom = (stance: Stance): boolean => stance !== 'walkedOut' && stance !== 'absent';

/**
 * Per speaker, the delegations with a walkout trigger on it, in the order given (the canonical
 * order), so each speech visits only those who might leave rather than the whole room.
 */
export function walkoutListeners(
  order: readonly ActorId[],
  seats: ReadonlyMap<ActorId, Seat>,
): Map<ActorId, ActorId[]> {
  const table = new Map<ActorId, ActorId[]>();
  for (const listener of order) {
    const speakers = new Set(seats.get(listener)!.context.profile.walkout.map((t) => t.whenSpeaks));
    for (const speaker of speakers) {
      if (speaker === listener) continue;
      const listeners = table.get(speaker) ?? [];
      listeners.push(listener);
      table.set(speaker, listeners);
    }
  }
  return table;
}
