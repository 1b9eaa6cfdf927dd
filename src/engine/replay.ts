// The one fold over a run's events: the engine keeps its view of the room with it, the UI replays
// a transcript prefix with it, and the replay invariant checks a transcript against its run with
// it. Pure and immutable (each event returns a new state that shares what did not change).
import type { ForumEvent } from '../domain/events.js';
import type {
  ActorId,
  Draft,
  IssueId,
  OutcomeKind,
  Paragraph,
  Phase,
  Position,
  Stance,
  Tally,
  Vote,
  VoteOutcome,
} from '../domain/types.js';

export interface DelegationState {
  stance: Stance;
  present: boolean;
  /** Current positions: as the delegation arrived, moved by lobbying and resentment. */
  positions: Record<IssueId, Position>;
  /** Share of each ladder its soft intervals have widened by. */
  widening: number;
  /** Powers whose lobbying moved it so far. */
  lobbiedBy: ActorId[];
  /** Powers it resents (and ignores) after their approach backfired. */
  resents: ActorId[];
  /** A power's lobbying strength now (null for a delegation that does not lobby). */
  lobbyingStrength: number | null;
  /** A power lost face in the room at least once. */
  lostFace: boolean;
  vote: Vote | null;
}

export interface ReplayState {
  round: number;
  phase: Phase;
  /** Delegations in the order they arrived (the canonical order). */
  delegations: Record<ActorId, DelegationState>;
  /** The chair's current draft (revisions included). */
  draft: Draft;
  /** The draft as last put to the room. */
  tabled: Draft | null;
  /** Paragraphs the chair moved out of the text into its own statement. */
  annexed: Draft;
  adopted: boolean;
  capReached: boolean;
  tally: Tally | null;
  voteResult: VoteOutcome | null;
  outcome: OutcomeKind | null;
  statement: { paragraphs: Paragraph[] } | null;
  last: ForumEvent | null;
  /** Events folded so far. */
  count: number;
}

/** Before anything happens. `draft`: the opening draft, when known (the UI shows it before it is tabled). */
export function initialReplayState(draft: Draft = {}): ReplayState {
  return {
    round: 0,
    phase: 'opening',
    delegations: {},
    draft: { ...draft },
    tabled: null,
    annexed: {},
    adopted: false,
    capReached: false,
    tally: null,
    voteResult: null,
    outcome: null,
    statement: null,
    last: null,
    count: 0,
  };
}

/**
 * The fold over a whole list. The intermediate states are never seen, so the delegations record
 * is copied once and then changed in place: a run with N delegations and E events folds in
 * O(N + E) rather than copying the record on each change. `from` is left as it was.
 */
export function replayEvents(events: readonly ForumEvent[], from: ReplayState = initialReplayState()): ReplayState {
  let state: ReplayState = { ...from, delegations: { ...from.delegations } };
  for (const event of events) state = fold(state, event, true);
  return state;
}

export function applyEvent(state: ReplayState, event: ForumEvent): ReplayState {
  return fold(state, event, false);
}

/** One step of the fold; `inPlace` when the delegations record belongs to the caller's fold alone. */
function fold(state: ReplayState, event: ForumEvent, inPlace: boolean): ReplayState {
  const next: ReplayState = { ...state, round: event.round, phase: event.phase, last: event, count: state.count + 1 };
  const seat = (id: ActorId, delegation: DelegationState): void => {
    if (inPlace) next.delegations[id] = delegation;
    else next.delegations = { ...next.delegations, [id]: delegation };
  };
  const update = (id: ActorId, change: Partial<DelegationState>): void => {
    const current = next.delegations[id];
    if (current) seat(id, { ...current, ...change });
  };
  const present = (stance: Stance) => stance !== 'walkedOut' && stance !== 'absent';
  switch (event.type) {
    case 'delegation.arrived':
      seat(event.actor, {
        stance: event.stance,
        present: event.present,
        positions: event.positions,
        widening: 0,
        lobbiedBy: [],
        resents: [],
        lobbyingStrength: event.lobbyingStrength,
        lostFace: false,
        vote: null,
      });
      return next;
    case 'draft.tabled':
      next.draft = { ...event.draft };
      next.tabled = { ...event.draft };
      return next;
    case 'stance.changed':
    case 'walkout':
    case 'delegation.returned':
      update(event.actor, { stance: event.after, present: present(event.after) });
      return next;
    case 'paragraph.annexed': {
      const draft = { ...next.draft };
      delete draft[event.issue];
      next.draft = draft;
      next.annexed = { ...next.annexed, [event.issue]: event.rung };
      return next;
    }
    case 'speech.made':
      return next;
    case 'lobby.approach': {
      const moved = event.moved;
      const target = next.delegations[event.target];
      if (!moved || !target) return next;
      update(event.target, {
        stance: moved.after,
        present: present(moved.after),
        positions: { ...target.positions, [event.issue]: moved.position },
        lobbiedBy: target.lobbiedBy.includes(event.actor) ? target.lobbiedBy : [...target.lobbiedBy, event.actor],
      });
      return next;
    }
    case 'power.lostFace':
      update(event.actor, { lobbyingStrength: event.to, lostFace: true });
      return next;
    case 'target.resented': {
      const target = next.delegations[event.actor];
      if (!target) return next;
      update(event.actor, {
        stance: event.after,
        present: present(event.after),
        positions: { ...target.positions, [event.issue]: event.position },
        resents: target.resents.includes(event.power) ? target.resents : [...target.resents, event.power],
      });
      return next;
    }
    case 'round.closed':
      for (const [id, widening] of Object.entries(event.widening)) update(id, { widening });
      return next;
    case 'paragraph.revised':
    case 'paragraph.dropped':
      next.draft = { ...next.draft, [event.issue]: event.to };
      return next;
    case 'draft.unchanged':
      return next;
    case 'draft.adopted':
      next.adopted = true;
      return next;
    case 'cap.reached':
      next.capReached = true;
      return next;
    case 'vote.cast':
      update(event.actor, { vote: event.vote });
      return next;
    case 'vote.tallied':
      next.tally = { ...event.tally };
      next.voteResult = event.result;
      return next;
    case 'outcome':
      next.outcome = event.outcome;
      next.statement = event.statement;
      return next;
  }
}

/** Each delegation's final stance and presence, in the shape of `RunResult.delegations`. */
export function delegationsOf(state: ReplayState): Record<ActorId, { stance: Stance; present: boolean }> {
  return Object.fromEntries(
    Object.entries(state.delegations).map(([id, d]) => [id, { stance: d.stance, present: d.present }]),
  );
}
