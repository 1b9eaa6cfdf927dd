// Plain data shared by every layer. No behaviour lives here.
import type { ForumEvent } from './events.js';
import type { ScalarParameters } from './tunables.js';

export type { ForumEvent, ForumEventType } from './events.js';

export type ActorId = string;
export type IssueId = string;
/** Index into an issue's ladder; 0 is always `omit`. */
export type Rung = number;

export const STANCES = [
  'reviewing',
  'supporting',
  'seekingAmendment',
  'objecting',
  'blocking',
  'walkedOut',
  'absent',
] as const;
export type Stance = (typeof STANCES)[number];

/** What a consensus forum ends with. */
export const CONSENSUS_OUTCOMES = ['joint-statement', 'chair-statement', 'no-statement'] as const;
/** What a vote ends with (`vetoed`: enough votes, but a permanent member voted no). */
export const VOTE_OUTCOMES = ['adopted', 'rejected', 'vetoed'] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];
export const OUTCOMES = [...CONSENSUS_OUTCOMES, ...VOTE_OUTCOMES] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

export const FALLBACKS = ['chair-statement', 'none'] as const;
export type Fallback = (typeof FALLBACKS)[number];

export const SPEAKING_ORDERS = ['alphabetical', 'shuffle', 'host-first'] as const;
export type SpeakingOrder = (typeof SPEAKING_ORDERS)[number];

/** `promises-and-threats`: each approach is a promise or a threat, even odds (the US in 2022). */
export const LOBBY_STYLES = ['promises', 'threats', 'appeals', 'promises-and-threats'] as const;
export type LobbyStyle = (typeof LOBBY_STYLES)[number];
/** The style of one approach. */
export type ApproachStyle = Exclude<LobbyStyle, 'promises-and-threats'>;

/**
 * `majority` and `two-thirds` count those present and voting (yes + no; abstentions do not count),
 * as in the UN General Assembly; `security-council` needs 9 yes of 15 seats (3/5 of the seats,
 * rounded up) and no permanent member voting no.
 */
export const DECISION_RULES = ['consensus', 'majority', 'two-thirds', 'security-council'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];
export const VOTE_RULES = ['majority', 'two-thirds', 'security-council'] as const;
export type VoteRule = (typeof VOTE_RULES)[number];

export const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;
/** `absent`: not in the room when the vote was taken (empty seat or walked out). */
export type Vote = (typeof VOTES)[number];

export const LEVELS = ['officials', 'ministers', 'leaders'] as const;
export type Level = (typeof LEVELS)[number];

export interface RungDef {
  id: string;
  /** Sentence the rung puts into the statement; null for `omit`. */
  text: string | null;
  /**
   * For attributed wording ("most members ...; there were other views"): the id of the owned rung
   * whose view it attributes to a majority. A dissenter does not have to own such a text.
   */
  attributes?: string;
}

export interface IssueDef {
  id: IssueId;
  title: string;
  /** Whether the chair may resolve a deadlock by omitting the paragraph. */
  droppable: boolean;
  ladder: RungDef[];
  /**
   * Model v3: the date (YYYY-MM-DD) of the event that put the issue on the agenda; its salience and
   * insistence fade with the time since (engine/fading.ts). Unset: the issue does not fade.
   */
  since?: string;
}

/** An actor's stance on one issue, with rungs as ladder indices. */
export interface Position {
  ideal: Rung;
  min: Rung;
  max: Rung;
  /** Hard red lines never widen with impatience and make the actor block. */
  hard: boolean;
  /**
   * How firmly a hard red line holds, 0..1 (default 1): the line yields only when the cost of being
   * the one who blocks exceeds it. Firmness 1 never yields. Unused for soft intervals.
   */
  firmness?: number;
  /** 0..1 weight of the issue in the actor's utility. */
  salience: number;
  /**
   * Model v3: how firmly a hard line's floor holds (its insistence that the paragraph say at least
   * `min`), 0..1; unstated, it is `firmness`, which then prices only the ceiling (the refusal of
   * anything above `max`). An insistence below 1 can be met by the chair's statement recording the
   * view (engine/habits.ts), and it fades with time since the issue's triggering event.
   */
  insistence?: number;
}

export interface Lobbying {
  /** 0..1 chance per round and target that an approach moves the target. */
  strength: number;
  style: LobbyStyle;
  targets: ActorId[];
  issues: IssueId[];
}

/** A standing refusal to sign any text alongside another delegation. */
export interface Boycott {
  of: ActorId;
  /** 0..1 how firmly it holds under pressure, like a red line's firmness (1 never yields). */
  firmness: number;
}

export const CHAIR_STYLES = ['broker', 'advocate'] as const;
/** `broker`: drafts toward what everyone can live with; `advocate`: pushes its own line. */
export type ChairStyle = (typeof CHAIR_STYLES)[number];

/**
 * Who heads a delegation, relative to the forum's level: `principal` (a minister at a ministerial,
 * the leader at a summit), `deputy` (one step below: a deputy minister, a special envoy), or
 * `official` (a senior official). The effect is in src/engine/rank.ts.
 */
export const RANKS = ['principal', 'deputy', 'official'] as const;
export type Rank = (typeof RANKS)[number];

export interface WalkoutTrigger {
  /** Leaves the room when this actor takes the floor... */
  whenSpeaks: ActorId;
  /** ...with this probability per speech. */
  probability: number;
}

/** A delegation: its scalar parameters (see SCALAR_PARAMETERS in tunables.ts) and the rest. */
export interface Profile extends ScalarParameters {
  id: ActorId;
  name: string;
  bloc: string | null;
  positions: Record<IssueId, Position>;
  /** 0..1 how far lobbying by each power can move this actor. */
  susceptibility: Record<ActorId, number>;
  walkout: WalkoutTrigger[];
  /** Delegations this one will not sign a text alongside (empty for most). */
  boycott?: Boycott[];
  /** How it drafts when it holds the chair (default broker). */
  chairStyle?: ChairStyle;
  /** Who heads the delegation, relative to the forum's level (default: principal). */
  rank?: Rank;
  lobbying: Lobbying | null;
}

/** Parameter path (e.g. `positions.ukraine.ideal`) to where its value comes from. */
export type Provenance = Record<string, string>;

/** A known real outcome, for `backtest` (and as a note in `list`). */
export interface ExpectedOutcome {
  /** `no-joint-statement`: a chair's statement or nothing; the record does not say which. */
  outcome: OutcomeKind | 'no-joint-statement';
  source: string;
  /** What the forum normally issues (joint communique, chairman's statement, resolution ...). */
  product?: string;
  /** Rung id of the Ukraine paragraph of the real joint text, or the family of rungs it fits. */
  ukraine?: string | string[];
  /** What the record says was fought over in the room or over the text; `none` when nothing was reported. */
  contested?: string;
  /** Each delegation's real vote, where the record gives it. */
  votes?: Record<ActorId, Exclude<Vote, 'absent'>>;
  /** `confirmed`: read in a source; `likely`: standing practice. */
  confidence?: 'confirmed' | 'likely';
  /** Why the model cannot score this case yet; the backtest lists it and does not score it. */
  unscorable?: string;
  /** The key of the case's row in the record files (scenarios/history/) when it is not the case's id. */
  record?: string | string[];
}

/** Half-widths or explicit bounds of a parameter's spread, by `--set` path after the actor id. */
export type Spread = { halfWidth: number } | { lo: number; hi: number };

export interface Uncertainty {
  /** Off: every run uses the stated values exactly (for exact what-ifs). */
  enabled: boolean;
  /** Default half-width, as a share of the parameter's range, for a value the article states. */
  narrow: number;
  /** Default half-width, as a share of the parameter's range, for an `assumed` value. */
  wide: number;
  /** Spreads stated in profiles, the forum or overrides: actor -> parameter path -> spread. */
  spreads: Record<ActorId, Record<string, Spread>>;
}

export interface ForumRules {
  decisionRule: DecisionRule;
  fallback: Fallback;
  roundLimit: number;
  speakingOrder: SpeakingOrder;
  /** 0..1 per-run jitter of salience and reservation; 0 makes runs differ only by draws. */
  noise: number;
  /** Permanent members, whose no vote is a veto under `security-council`. */
  permanent: ActorId[];
  /**
   * Rounds of the preparatory track before the meeting: officials (sherpas, senior officials)
   * negotiate the draft, without set speeches. Default by level (see engine/stakes.ts).
   */
  preparation?: number;
  /** 0..1 the host's investment in a result: a failed meeting is the host's loss of face. */
  hostInvestment?: number;
  /**
   * What the forum issues as a matter of course: `consensus-text` (a joint statement or
   * communique, which can fail) or `chair-statement` (a chairman's statement every time, beside
   * which a consensus text may still be adopted).
   */
  standingProduct?: StandingProduct;
  /** Model v3: the forum kind's habits, where the file overrides the kind's (engine/habits.ts). */
  habit?: Partial<ForumHabit>;
  /** Model v3: half-life in years of an issue's salience and insistence (engine/fading.ts). */
  halfLife?: number;
  /** Model v3 mechanisms switched off for this forum (for ablation); unset: all on. */
  mechanisms?: Partial<Record<Mechanism, boolean>>;
}

/**
 * What a forum kind habitually does (PRACTICE.md; the record's train period): the cost to the room
 * of failing to agree a text, the chair's licence to move contested paragraphs into its own
 * statement, and, where the chair's statement is the standing product, how often a consensus text
 * is negotiated beside it at all.
 */
export interface ForumHabit {
  /** 0..1 the cost of ending without a consensus text: the stakes that price blocking. */
  failureCost: number;
  /** 0..1 an insistence weaker than this is met by the chair's statement recording the view. */
  dropLicence: number;
  /** 0..1 at a standing chair's-statement forum, the chance a consensus text is tabled beside it. */
  separateText: number;
}

/** The model v3 mechanisms, each of which can be switched off for ablation. */
export const MECHANISMS = ['insistence', 'fading', 'habits', 'standing', 'abstention', 'structure'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const STANDING_PRODUCTS = ['consensus-text', 'chair-statement'] as const;
export type StandingProduct = (typeof STANDING_PRODUCTS)[number];

export interface Scenario {
  id: string;
  name: string;
  date: string;
  kind: string;
  /** Who meets: sets the preparatory track, the stakes and who the texts speak of ("The Leaders"). */
  level: Level;
  /** True when the file did not set `level`, so the default (ministers) applies; not part of the hash. */
  levelDefaulted?: boolean;
  host: ActorId;
  chair: ActorId;
  /** A second chair sharing the pen (e.g. an ASEAN summit with a dialogue partner); null when none. */
  coChair?: ActorId | null;
  /** Canonical (sorted) order, so listing order in the file never matters. */
  participants: ActorId[];
  /** Participants who do not attend (their seat stays empty). */
  absent: ActorId[];
  rules: ForumRules;
  issues: IssueDef[];
  /** Initial draft: issue -> rung, for the issues on the table. */
  draft: Record<IssueId, Rung>;
  profiles: Record<ActorId, Profile>;
  provenance: Record<ActorId, Provenance>;
  uncertainty: Uncertainty;
  expected: ExpectedOutcome | null;
  /** Where it was loaded from, for messages. */
  source: string;
  /** sha256 of the resolved content (not of the file bytes), recorded with every run. */
  hash: string;
}

export type Draft = Record<IssueId, Rung>;

export const PHASES = [
  'opening',
  'preparation',
  'tabling',
  'statements',
  'lobbying',
  'revision',
  'adoption',
  'voting',
  'closing',
] as const;
export type Phase = (typeof PHASES)[number];

export interface Paragraph {
  issue: IssueId;
  rung: string;
  text: string;
}

export interface Blocker {
  actor: ActorId;
  issue: IssueId;
  rung: string;
}

export interface RunInputs {
  scenarioHash: string;
  overrides: Record<string, string>;
  seed: string;
  version: string;
  /** Whether parameter values were drawn from their spreads in this run. */
  uncertainty: 'on' | 'off';
  /** The value each uncertain parameter took (`ACTOR.path` -> value); replaying them reproduces the run. */
  drawn: Record<string, number>;
}

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

export interface RunResult {
  scenario: string;
  seed: string;
  outcome: OutcomeKind;
  rounds: number;
  statement: { paragraphs: Paragraph[] } | null;
  delegations: Record<ActorId, { stance: Stance; present: boolean }>;
  blockers: Blocker[];
  /** Capability x salience weighted mean rung per issue (the compromise baseline). */
  baseline: Record<IssueId, string>;
  /** The consensus text adopted (the joint statement, or one beside a standing chair's statement); null when none. */
  consensus: { paragraphs: Paragraph[] } | null;
  /** Paragraphs the chair took out of the joint text into its own statement (a chair's annex). */
  annex: Paragraph[];
  /** Each delegation's vote, under a vote rule; null under consensus. */
  votes: Record<ActorId, Vote> | null;
  tally: Tally | null;
  inputs: RunInputs;
  events: number;
  /** True when the event cap cut the run short (its outcome is the fallback of an unfinished debate). */
  capped: boolean;
  /** Every event of the run, in order; empty unless asked for. */
  transcript: ForumEvent[];
}
