// The run state as plain data: what the forum is (fixed for the run) and what the room has done
// to the text so far. The stance actors are not in it: they live in delegations.ts, the one place
// that sends them events. Each phase (phases/) reads and writes this state and nothing else of
// the run's, so a phase is a function over (state, delegations, log) and, where it draws, the rng.
import type { Attribution, LadderSizes } from '../actors/utility.js';
import { attributionOf } from '../actors/attribution.js';
import type { Draft, ForumHabit, Scenario } from '../domain/types.js';
import { habitOf } from './habits.js';
import { STATED_STRUCTURE, type Structure } from './structure.js';
import { QUIET_ROOM, type RoomMood } from './protest.js';
import { forumStakes, preparationRounds } from './stakes.js';

/** What does not change during a run: the forum and the numbers derived from it once. */
export interface Forum {
  readonly scenario: Scenario;
  /** Rungs per issue ladder. */
  readonly sizes: LadderSizes;
  readonly attribution: Attribution;
  /** What is at stake at this forum: it prices blocking and restrains protests. */
  readonly stakes: number;
  /** Rounds of the preparatory track before the meeting. */
  readonly preparation: number;
  /** The forum's habits (engine/habits.ts), as this run holds them. */
  readonly habit: ForumHabit;
  /** What this run drew of the meeting's structure (engine/structure.ts). */
  readonly structure: Structure;
}

export interface RunState {
  readonly forum: Forum;
  /** The chair's current draft (revisions included). */
  draft: Draft;
  /** The draft as last put to the room: stances and blockers refer to it. */
  tabledDraft: Draft;
  /** Keys of every draft tabled so far: the chair does not table one twice. */
  readonly tabled: Set<string>;
  /** How protests have left the room: the host's embarrassment and the chill. */
  room: RoomMood;
  /** Paragraphs the chair moved out of the text into its own statement. */
  annexed: Draft;
  /** Meeting rounds begun (the preparatory track does not count). */
  rounds: number;
  /** Whether the event cap cut the run short. */
  capped: boolean;
}

export function forumOf(
  scenario: Scenario,
  structure: Structure = STATED_STRUCTURE,
  habit: ForumHabit = habitOf(scenario),
): Forum {
  const failureCost = Math.min(1, habit.failureCost * structure.habitScale);
  return {
    habit,
    structure,
    scenario,
    sizes: Object.fromEntries(scenario.issues.map((i) => [i.id, i.ladder.length])),
    attribution: attributionOf(scenario.issues),
    stakes: forumStakes(scenario, failureCost),
    preparation: preparationRounds(scenario),
  };
}

/** Before the chair tables anything: the scenario's opening draft, a quiet room. */
export function initialRunState(forum: Forum): RunState {
  const draft = { ...forum.scenario.draft };
  return {
    forum,
    draft,
    tabledDraft: draft,
    tabled: new Set(),
    room: QUIET_ROOM,
    annexed: {},
    rounds: 0,
    capped: false,
  };
}
