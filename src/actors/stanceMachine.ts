// One delegation's stance, as an xstate v5 machine. The machine decides *which* stance follows an
// event; every number it needs comes from the pure functions in utility.ts and influence.ts, and
// every random draw arrives inside the event from the engine.
import { assertEvent, assign, setup } from 'xstate';
import type { ActorId, Draft, IssueId, Position, Profile, Rung, Stance } from '../domain/types.js';
import { belowReservation, heldRedLines, softObjections, textVerdict, type Standing } from './acceptance.js';
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

/** The stances an assessment of the draft can give (the resting states under `present`). */
export type AssessedStance = 'blocking' | 'objecting' | 'seekingAmendment' | 'supporting';

/**
 * The stance the draft deserves, in the order the rules apply: a holding boycott or red line
 * blocks, a soft objection objects, a text worth less than the reservation seeks amendment.
 */
export function assess(context: StanceContext): AssessedStance {
  return assessPatched(context, {});
}

type Update = (context: StanceContext, event: StanceEvent) => Partial<StanceContext>;

/**
 * assess() of the context as `patch` would leave it, without copying the whole context: only the
 * fields an assessment reads, each from the patch when it sets it (updates never set undefined).
 */
function assessPatched(context: StanceContext, patch: Partial<StanceContext>): AssessedStance {
  const pressure = patch.pressure ?? context.pressure;
  if (context.boycotting.some((b) => !yields(b.firmness, pressure, false))) return 'blocking';
  const standing: Standing = {
    positions: patch.positions ?? context.positions,
    widening: patch.widening ?? context.widening,
    pressure,
    attribution: context.attribution,
    risk: context.profile.risk,
    reservation: context.profile.reservation,
  };
  return textVerdict(standing, patch.draft ?? context.draft, context.sizes);
}

/** What each event changes in the context: the actions apply these, and the guards look ahead with them. */
const updates = {
  takeDraft: (_context, event) => {
    assertEvent(event, 'draft.tabled');
    return { draft: event.draft };
  },
  moveTowardLobbyist: (context, event) => {
    assertEvent(event, 'lobby.received');
    return { positions: moveToward(context.positions, event.issue, event.toward) };
  },
  resentLobbyist: (context, event) => {
    assertEvent(event, 'face.lost');
    return {
      positions: moveAway(context.positions, event.issue, event.from),
      resentful: context.resentful.includes(event.by) ? context.resentful : [...context.resentful, event.by],
    };
  },
  widenForDeadline: (context, event) => {
    assertEvent(event, 'round.closed');
    return { widening: context.profile.patience * event.elapsed, pressure: event.pressure ?? context.pressure };
  },
  keepContext: () => ({}),
} satisfies Record<string, Update>;

type UpdateName = keyof typeof updates;

/**
 * The stance an event leads to, assessed once on the context the event's update leaves behind.
 * Guards are asked one after the other with the same context and event objects, which xstate
 * never mutates, so the last answer is kept for them (a context is per actor and per step), with
 * the update it was assessed on: the action that follows applies that same update, not a recomputed one.
 */
let lastAssessed: {
  context: StanceContext;
  event: StanceEvent;
  update: UpdateName;
  patch: Partial<StanceContext>;
  stance: AssessedStance;
} | null = null;

function assessedAfter(update: UpdateName, context: StanceContext, event: StanceEvent): AssessedStance {
  if (lastAssessed && lastAssessed.context === context && lastAssessed.event === event) return lastAssessed.stance;
  const patch = updates[update](context, event);
  const stance = assessPatched(context, patch);
  lastAssessed = { context, event, update, patch, stance };
  return stance;
}

/** The update `update` makes for this event: the one its guard assessed, or computed afresh. */
function updateFor(update: UpdateName, context: StanceContext, event: StanceEvent): Partial<StanceContext> {
  const last = lastAssessed;
  if (last && last.context === context && last.event === event && last.update === update) return last.patch;
  return updates[update](context, event);
}

interface AssessedAs {
  update: UpdateName;
  stance: AssessedStance;
  when?: 'persuaded';
}

/** A lobbyist's approach counts when it persuades and the delegation does not resent the lobbyist. */
const persuaded = (context: StanceContext, event: StanceEvent): boolean =>
  event.type === 'lobby.received' && event.persuaded && !context.resentful.includes(event.from);

/**
 * Whether an actor resting in `stance` with `context` provably takes no transition on `event`, so
 * sending it would change neither its state nor its context: the engine then skips xstate's
 * macrostep for it (and still counts it). Mirrors the `on` tables below: an absent delegation
 * takes nothing, one walked out only its return, one in the room takes a speech only when it
 * walks out on it and a lobbyist only when persuaded. test/actors/ignoredEvents.prop.test.ts holds
 * it to the machine.
 */
export function ignoresEvent(stance: Stance, context: StanceContext, event: StanceEvent): boolean {
  switch (stance) {
    case 'absent':
      return true;
    case 'walkedOut':
      return event.type !== 'delegation.returned';
    default:
      switch (event.type) {
        case 'speech.made':
          return !stanceRules.walkoutTriggered(context, event.speaker, event.draw);
        case 'lobby.received':
          return !persuaded(context, event);
        case 'delegation.returned':
          return true;
        default:
          return false;
      }
  }
}

const ASSESSED_ORDER: readonly AssessedStance[] = ['blocking', 'objecting', 'seekingAmendment', 'supporting'];

/**
 * One macrostep per event: the event's update, then straight to the stance it deserves, picked by
 * guards that look at the context as the update leaves it (no transient state to pass through).
 * When the stance stays `from`, the transition has no target: only the update. `when` is an extra
 * condition for the event to count at all (a lobbyist the delegation heeds).
 */
function assessing(update: UpdateName, from: Stance, when?: 'persuaded') {
  // The guards exclude each other (one stance per assessment), so their order changes nothing but
  // how many xstate asks: the stance kept, the commonest answer, first.
  const order = [...ASSESSED_ORDER].sort((a, b) => Number(b === from) - Number(a === from));
  return order.map((stance) => ({
    guard: { type: 'assessedAs' as const, params: { update, stance, when } satisfies AssessedAs },
    ...(stance === from ? {} : { target: stance }),
    actions: update === 'keepContext' ? [] : [update],
  }));
}

/** What a delegation in the room reacts to, resting in stance `from`. */
function inTheRoom(from: Stance) {
  return {
    tags: [from],
    on: {
      'draft.tabled': assessing('takeDraft', from),
      'speech.made': { guard: 'walkoutTriggered' as const, target: 'walkedOut', actions: 'noteWalkout' as const },
      'lobby.received': assessing('moveTowardLobbyist', from, 'persuaded'),
      'face.lost': assessing('resentLobbyist', from),
      'round.closed': assessing('widenForDeadline', from),
    },
  };
}

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
    assessedAs: ({ context, event }, params: AssessedAs) =>
      (params.when !== 'persuaded' || persuaded(context, event)) &&
      assessedAfter(params.update, context, event) === params.stance,
  },
  actions: {
    takeDraft: assign(({ context, event }) => updateFor('takeDraft', context, event)),
    moveTowardLobbyist: assign(({ context, event }) => updateFor('moveTowardLobbyist', context, event)),
    resentLobbyist: assign(({ context, event }) => updateFor('resentLobbyist', context, event)),
    widenForDeadline: assign(({ context, event }) => updateFor('widenForDeadline', context, event)),
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
  // Flat: a state per stance, each carrying its stance as a tag (a nested `present` parent would
  // cost every event an ancestor walk in xstate's microstep).
  states: {
    arriving: {
      always: [{ guard: 'isAbsent', target: 'absent' }, { target: 'reviewing' }],
    },
    absent: { tags: ['absent'] },
    /** A protest: out of the room for a speech, back for the text (and its stance on it). */
    walkedOut: { tags: ['walkedOut'], on: { 'delegation.returned': assessing('keepContext', 'walkedOut') } },
    /** In the room before the first draft is tabled. */
    reviewing: inTheRoom('reviewing'),
    supporting: inTheRoom('supporting'),
    seekingAmendment: inTheRoom('seekingAmendment'),
    objecting: inTheRoom('objecting'),
    blocking: inTheRoom('blocking'),
  },
});
