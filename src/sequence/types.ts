// Plain data of a meeting sequence: the meetings in order, and what carries from one into the next.
import type { ActorId, IssueId, RunResult, Scenario } from '../domain/types.js';
import type { Overrides } from '../scenario/overrides.js';

/**
 * What can carry over, each a channel that can be switched off on its own (for ablation and the
 * invariants): face lost and grievances per delegation, the host's embarrassment, the room's mood,
 * walkout history and precedent (texts agreed earlier).
 */
export const CHANNELS = ['face', 'grievance', 'embarrassment', 'mood', 'walkouts', 'precedent'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How one channel carries: whether at all, how fast it fades and how strongly it moves the next meeting. */
export interface ChannelSetting {
  enabled: boolean;
  /** Days after which half of what happened still carries: weight exp(-ln2 * days / halfLife). */
  halfLife: number;
  /** 0..1: how far a fully carried mark moves a value toward its bound (see carry.ts). */
  weight: number;
  /** Where halfLife and weight come from: `assumed` or a paraphrased fact. */
  provenance: { halfLife: string; weight: string };
}

export type CarrySettings = Record<Channel, ChannelSetting>;

export interface Meeting {
  /** The forum's id: how `--set MEETING:PATH=VALUE` and the reports name the meeting. */
  id: string;
  /** As the sequence file names it (a built-in id or a path relative to the sequence file). */
  ref: string;
  date: string;
  scenario: Scenario;
}

export interface Sequence {
  id: string;
  name: string;
  meetings: Meeting[];
  carry: CarrySettings;
  /** Where it was loaded from, for messages. */
  source: string;
}

/**
 * Something that happened in a meeting and may carry into later ones: who it marks, toward whom
 * (a speaker, a power) or on what (an issue, a rung), how much (0..1) and why, in plain words.
 */
export interface Mark {
  channel: Channel;
  /** The delegation marked; for `mood` the room ('*'); for `precedent` the issue's paragraph ('*'). */
  delegation: ActorId;
  toward: ActorId | null;
  issue: IssueId | null;
  /** For `precedent`: the agreed rung's id. */
  rung: string | null;
  amount: number;
  /** The meeting it happened at (its index in the sequence) and that meeting's date. */
  meeting: number;
  date: string;
  reason: string;
}

/** One value carried into a meeting: the `--set` path it sets, from what, to what, and why. */
export interface CarriedValue {
  meeting: number;
  delegation: ActorId;
  channels: Channel[];
  path: string;
  /** The value before (a number or a rung id), as the meeting would have had it. */
  before: string;
  value: string;
  reason: string;
}

/** What a meeting of the chain was run with and ended with. */
export interface MeetingRun {
  index: number;
  meeting: Meeting;
  seed: string;
  /** The user's overrides for this meeting, before what carried over. */
  userOverrides: Overrides;
  carried: CarriedValue[];
  /** userOverrides, then the carried values: what the meeting was run with. */
  overrides: Overrides;
  result: RunResult;
  /** What this meeting leaves for later ones. */
  marks: Mark[];
}

export interface SequenceRun {
  sequence: string;
  seed: string;
  meetings: MeetingRun[];
  /** `--set` entries skipped for a meeting that does not seat their delegation, one line each. */
  notes: string[];
}
