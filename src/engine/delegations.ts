// The stance actors of a run, behind the one door the phases use: events go in through `send`,
// within the run's event cap, and the stance and context each actor reached come out of its seat
// (read once after each event). Presence, the chair's view of a delegate and the stated reason
// for a stance are read here so that every phase reads them the same way.
import { createActor } from 'xstate';
import { standingOf, stanceMachine, type StanceContext, type StanceEvent } from '../actors/stanceMachine.js';
import { explainStance } from '../actors/stance.js';
import type { ActorId, Draft, Profile, Stance } from '../domain/types.js';
import type { DelegateView } from './chair.js';
import { rungId } from './ladder.js';
import { inRoom, seatOf, sendTo, walkoutListeners, type Seat } from './seats.js';
import type { Forum } from './state.js';

/** Thrown by `send` when the event cap is reached: the run then ends in its fallback. */
export class EventCapReached extends Error {}

export class Delegations {
  readonly seats = new Map<ActorId, Seat>();
  /** Per speaker, who may walk out when it speaks (built once every actor has started). */
  private listeners = new Map<ActorId, ActorId[]>();
  /** Events sent to stance actors so far. */
  sent = 0;

  constructor(
    private readonly forum: Forum,
    readonly maxEvents: number,
  ) {}

  /** Starts a delegation's stance actor on the opening draft. */
  seat(id: ActorId, profile: Profile, seated: readonly ActorId[], draft: Draft, present: boolean): void {
    const { sizes, attribution } = this.forum;
    const actor = createActor(stanceMachine, { input: { profile, sizes, attribution, seated, draft, present } });
    actor.start();
    this.seats.set(id, seatOf(actor));
  }

  /** Once every delegation is seated: who may walk out on whom. */
  seatingDone(): void {
    this.listeners = walkoutListeners(this.forum.scenario.participants, this.seats);
  }

  /** Who may walk out when `speaker` speaks. */
  listenersOf(speaker: ActorId): readonly ActorId[] {
    return this.listeners.get(speaker) ?? [];
  }

  /** Sends one event to a stance actor, within the event cap; returns its stance before and after. */
  send(id: ActorId, event: StanceEvent): { before: Stance; after: Stance } {
    // The cap counts events sent: the one that would exceed it is not sent, nor counted.
    if (this.sent >= this.maxEvents) throw new EventCapReached();
    this.sent++;
    return sendTo(this.seats.get(id)!, event);
  }

  has(id: ActorId): boolean {
    return this.seats.has(id);
  }

  present(): ActorId[] {
    return this.forum.scenario.participants.filter((id) => this.isPresent(id));
  }

  isPresent(id: ActorId): boolean {
    const seat = this.seats.get(id);
    return seat !== undefined && inRoom(seat.stance);
  }

  stance(id: ActorId): Stance {
    return this.seats.get(id)!.stance;
  }

  context(id: ActorId): StanceContext {
    return this.seats.get(id)!.context;
  }

  /** A power's lobbying strength as the room has seen it (it falls when the power loses face). */
  lobbyingStrength(id: ActorId): number | null {
    return this.seats.get(id)!.lobbyingStrength;
  }

  setLobbyingStrength(id: ActorId, strength: number): void {
    this.seats.get(id)!.lobbyingStrength = strength;
  }

  /** The delegate as the chair sees it when drafting. */
  view(id: ActorId): DelegateView {
    return { id, ...standingOf(this.context(id)) };
  }

  /** Why a delegation holds its stance, in words (the transcript's `reason`). */
  reason(id: ActorId): string {
    return explainStance(this.stance(id), this.context(id), (issue, rung) =>
      rungId(this.forum.scenario.issues, issue, rung),
    );
  }

  stopAll(): void {
    for (const seat of this.seats.values()) seat.actor.stop();
  }
}
