// One delegation's stance, as an xstate v5 machine. The machine decides *which* stance follows an
// event; every number it needs comes from the pure functions in utility.ts and influence.ts, and
// every random draw arrives inside the event from the engine.
import { assertEvent, assign, setup } from 'xstate';
import type { ActorId, Draft, IssueId, Position, Profile, Rung, Stance } from '../domain/types.js';
import { belowReservation, heldRedLines, softObjections, type Standing } from './acceptance.js';
import { moveAway, moveToward } from './influence.js';
import { yields } from './pressure.js';
import type { Attribution, LadderSizes } from './utility.js';

export interface StanceInput {
  profile: Profile;
  sizes: LadderSizes;
  attribution?: Attribution;
  /** Delegations seated in the forum (a boycott applies only to one that is). */
  seated?: readonly ActorId[];
  draft: Draft;
  present: boolean;
}

export interface StanceContext {
  profile: Profile;
  sizes: LadderSizes;
  /** Current positions: the profile's, as moved by lobbying and resentment. */
  positions: Record<IssueId, Position>;
  /** Share of each ladder the soft intervals have widened by (patience x time elapsed). */
  widening: number;
  /** The cost of being the one who blocks, as the engine last measured it (0..1). */
  pressure: number;
  attribution: Attribution;
  /** Seated delegations this one boycotts (will not sign alongside). */
  boycotting: { of: ActorId; firmness: number }[];
  draft: Draft;
  present: boolean;
  /** Powers whose lobbying this delegation now ignores after losing face to them. */
  resentful: ActorId[];
  walkedOutBecause: ActorId | null;
}

export type StanceEvent =
  | { type: 'draft.tabled'; draft: Draft }
  | { type: 'speech.made'; speaker: ActorId; draw: number }
  | { type: 'lobby.received'; from: ActorId; issue: IssueId; toward: Rung; persuaded: boolean }
  | { type: 'face.lost'; by: ActorId; issue: IssueId; from: Rung }
  | { type: 'round.closed'; elapsed: number; pressure?: number }
  | { type: 'delegation.returned' };

/** What decides the stance, read from the context. */
export function standingOf(context: StanceContext): Standing {
  const { positions, widening, pressure, attribution } = context;
  return {
    positions,
    widening,
    pressure,
    attribution,
    risk: context.profile.risk,
    reservation: context.profile.reservation,
  };
}

/** Pure guard logic, exported so tests and the chair can ask the same questions. */
export const stanceRules = {
  walkoutTriggered: (context: StanceContext, speaker: ActorId, draw: number): boolean =>
    context.profile.walkout.some((t) => t.whenSpeaks === speaker && draw < t.probability),
  /** A boycott that holds under the current pressure: it signs nothing alongside that delegation. */
  boycotts: (context: StanceContext): boolean =>
    context.boycotting.some((b) => !yields(b.firmness, context.pressure, false)),
  /** A red line crossed that holds under the current pressure (a yielded one lets the text pass). */
  crossesHardRedLine: (context: StanceContext): boolean =>
    heldRedLines(standingOf(context), context.draft, context.sizes).length > 0,
  outsideAcceptable: (context: StanceContext): boolean =>
    softObjections(standingOf(context), context.draft, context.sizes).length > 0,
  belowReservation: (context: StanceContext): boolean =>
    belowReservation(standingOf(context), context.draft, context.sizes),
};

const ASSESS = [
  { guard: 'boycotts', target: 'blocking' },
  { guard: 'crossesHardRedLine', target: 'blocking' },
  { guard: 'outsideAcceptable', target: 'objecting' },
  { guard: 'belowReservation', target: 'seekingAmendment' },
  { target: 'supporting' },
] as const;

export const stanceMachine = setup({
  types: {
    input: {} as StanceInput,
    context: {} as StanceContext,
    events: {} as StanceEvent,
    // Each resting state carries its stance as a tag; typed, so a misspelled tag does not compile.
    tags: {} as Stance,
  },
  guards: {
    isAbsent: ({ context }) => !context.present,
    walkoutTriggered: ({ context, event }) =>
      event.type === 'speech.made' && stanceRules.walkoutTriggered(context, event.speaker, event.draw),
    persuaded: ({ context, event }) =>
      event.type === 'lobby.received' && event.persuaded && !context.resentful.includes(event.from),
    boycotts: ({ context }) => stanceRules.boycotts(context),
    crossesHardRedLine: ({ context }) => stanceRules.crossesHardRedLine(context),
    outsideAcceptable: ({ context }) => stanceRules.outsideAcceptable(context),
    belowReservation: ({ context }) => stanceRules.belowReservation(context),
  },
  actions: {
    takeDraft: assign(({ event }) => {
      assertEvent(event, 'draft.tabled');
      return { draft: event.draft };
    }),
    moveTowardLobbyist: assign(({ context, event }) => {
      assertEvent(event, 'lobby.received');
      return { positions: moveToward(context.positions, event.issue, event.toward) };
    }),
    resentLobbyist: assign(({ context, event }) => {
      assertEvent(event, 'face.lost');
      return {
        positions: moveAway(context.positions, event.issue, event.from),
        resentful: context.resentful.includes(event.by) ? context.resentful : [...context.resentful, event.by],
      };
    }),
    widenForDeadline: assign(({ context, event }) => {
      assertEvent(event, 'round.closed');
      return { widening: context.profile.patience * event.elapsed, pressure: event.pressure ?? context.pressure };
    }),
    noteWalkout: assign(({ event }) => {
      assertEvent(event, 'speech.made');
      return { walkedOutBecause: event.speaker };
    }),
  },
}).createMachine({
  id: 'stance',
  context: ({ input }) => ({
    profile: input.profile,
    sizes: input.sizes,
    positions: input.profile.positions,
    widening: 0,
    pressure: 0,
    attribution: input.attribution ?? {},
    boycotting: (input.profile.boycott ?? []).filter(
      (b) => b.of !== input.profile.id && (input.seated ?? []).includes(b.of),
    ),
    draft: input.draft,
    present: input.present,
    resentful: [],
    walkedOutBecause: null,
  }),
  initial: 'arriving',
  states: {
    arriving: {
      always: [{ guard: 'isAbsent', target: 'absent' }, { target: 'present' }],
    },
    absent: { tags: ['absent'] },
    /** A protest: out of the room for a speech, back for the text. */
    walkedOut: { tags: ['walkedOut'], on: { 'delegation.returned': { target: 'present.assessing' } } },
    present: {
      initial: 'reviewing',
      on: {
        'draft.tabled': { target: '.assessing', actions: 'takeDraft' },
        'speech.made': { guard: 'walkoutTriggered', target: 'walkedOut', actions: 'noteWalkout' },
        'lobby.received': { guard: 'persuaded', target: '.assessing', actions: 'moveTowardLobbyist' },
        'face.lost': { target: '.assessing', actions: 'resentLobbyist' },
        'round.closed': { target: '.assessing', actions: 'widenForDeadline' },
      },
      states: {
        /** Before the first draft is tabled. */
        reviewing: { tags: ['reviewing'] },
        /** Transient: picks the stance the current draft deserves. */
        assessing: { always: [...ASSESS] },
        supporting: { tags: ['supporting'] },
        seekingAmendment: { tags: ['seekingAmendment'] },
        objecting: { tags: ['objecting'] },
        blocking: { tags: ['blocking'] },
      },
    },
  },
});
