// What happens in a forum, one variant per kind of happening: the run's transcript is a list of
// these. Every event carries what a viewer or an analysis needs to replay it (see
// src/engine/replay.ts) without the scenario or the engine: draws, before/after stances, moved
// positions, rung indices beside their names.
import type {
  ActorId,
  ApproachStyle,
  Draft,
  IssueId,
  OutcomeKind,
  Paragraph,
  Phase,
  Position,
  Rung,
  Stance,
  Tally,
  Vote,
  VoteOutcome,
  VoteRule,
} from './types.js';

/** Fields every event has. `actor` is who acts (the chair for the chair's moves). */
interface Base {
  /** 1..n in the order the events happened. */
  seq: number;
  round: number;
  phase: Phase;
  actor: ActorId;
  /** Why, in plain words (a delegation's reason for its stance, the chair's for a revision). */
  reason: string;
}

/** A stance change: what the delegation thought before and after. */
interface Change {
  before: Stance;
  after: Stance;
}

export type ForumEvent =
  /** A delegation takes its seat (or its seat stays empty), with the positions it brings. */
  | (Base & {
      type: 'delegation.arrived';
      stance: Stance;
      present: boolean;
      positions: Record<IssueId, Position>;
      lobbyingStrength: number | null;
    })
  /** The chair puts the draft to the room. */
  | (Base & { type: 'draft.tabled'; draft: Draft; wording: Record<IssueId, string>; roundLimit: number })
  /** A delegation reassesses the tabled draft, or its widened interval, and changes stance. */
  | (Base & Change & { type: 'stance.changed'; cause: 'draft.tabled' | 'round.closed' })
  /** A delegation takes the floor. */
  | (Base & { type: 'speech.made'; stance: Stance })
  /**
   * A protest: a delegation leaves the room when `speaker` takes the floor (`draw` below its
   * trigger's probability, lowered by what the meeting puts at stake). It embarrasses the host and
   * cools the room (`embarrassment`, `coolness`: the room's state after it).
   */
  | (Base & Change & { type: 'walkout'; speaker: ActorId; draw: number; embarrassment: number; coolness: number })
  /** A protester comes back for the text once the speeches are over. */
  | (Base & Change & { type: 'delegation.returned' })
  /**
   * A power (the actor) approaches a target on one paragraph. `styleDraw` only for a mixed
   * repertoire. When persuaded, the target's stance and its moved position on `issue`.
   */
  | (Base & {
      type: 'lobby.approach';
      target: ActorId;
      style: ApproachStyle;
      issue: IssueId;
      toward: Rung;
      towardId: string;
      strength: number;
      styleDraw: number | null;
      backfireDraw: number;
      persuadeDraw: number;
      outcome: 'persuaded' | 'backfired' | 'unmoved';
      moved: (Change & { position: Position }) | null;
    })
  /** A power's approach backfired in the room: its lobbying weakens (once a round). */
  | (Base & { type: 'power.lostFace'; target: ActorId; issue: IssueId; style: ApproachStyle; from: number; to: number })
  /** A target resents a power's approach: it ignores that power from now on and moves away on `issue`. */
  | (Base & Change & { type: 'target.resented'; power: ActorId; issue: IssueId; position: Position })
  /**
   * Impatience sets in: each present delegation's soft intervals have widened by `widening[id]`,
   * and `pressure[id]` is what it would now cost it to be the one who blocks.
   */
  | (Base & {
      type: 'round.closed';
      elapsed: number;
      widening: Record<ActorId, number>;
      pressure: Record<ActorId, number>;
    })
  /** Time is running out: the chair moves a contested paragraph out of the text into its own statement. */
  | (Base & { type: 'paragraph.annexed'; issue: IssueId; rung: Rung; rungId: string })
  /** The chair rewords a paragraph (`to` > 0) or drops it (`to` = 0). */
  | (Base & {
      type: 'paragraph.revised' | 'paragraph.dropped';
      issue: IssueId;
      from: Rung;
      to: Rung;
      fromId: string;
      toId: string;
    })
  | (Base & { type: 'draft.unchanged' })
  | (Base & { type: 'draft.adopted'; draft: Draft; wording: Record<IssueId, string> })
  | (Base & { type: 'cap.reached'; cap: number; events: number })
  | (Base & { type: 'vote.cast'; stance: Stance; vote: Vote })
  | (Base & { type: 'vote.tallied'; rule: VoteRule; tally: Tally; result: VoteOutcome; vetoedBy: ActorId[] })
  /** What the forum ends with, and the text it issues (null when none). */
  | (Base & {
      type: 'outcome';
      outcome: OutcomeKind;
      statement: { paragraphs: Paragraph[] } | null;
      consensus: boolean;
      annex: Paragraph[];
    });

export type ForumEventType = ForumEvent['type'];

/** An event as the engine hands it to the log, which stamps seq, round and phase. */
export type ForumEventInput = ForumEvent extends infer E
  ? E extends ForumEvent
    ? Omit<E, 'seq' | 'round' | 'phase'>
    : never
  : never;
