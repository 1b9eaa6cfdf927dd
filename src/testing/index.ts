// forum-sim/testing: what a user needs to property-test forum-sim outcomes in their own suite.
//
//   import { test, fc } from '@fast-check/vitest';
//   import { forumRuns, judgeRun, pass, fail, type Invariant } from 'forum-sim/testing';
//
// Arbitraries (fast-check) build random inputs; invariants are predicates over a run's inputs and
// result; judgeRun/assertInvariant run the engine and judge one case.
export {
  DELEGATION_IDS,
  delegationProfile,
  forumRuns,
  forums,
  issueLadder,
  issueLadders,
  position,
  variants,
  withHash,
  type ForumConstraints,
  type LadderOptions,
  type PositionOptions,
  type Range,
  type RunConstraints,
} from './arbitraries.js';
export { knobs, perturbations, runSeeds, type Knob, type PerturbationOptions } from '../analysis/perturb.js';
export {
  INVARIANTS,
  ACCEPTANCE,
  MAX_BLOCKING_COST,
  PREFERENCES,
  PRESSURES,
  agreeableRoom,
  attribution,
  attributionCaseProblems,
  attributionProblems,
  crossesUnyielding,
  dissents,
  firmness,
  unyieldingProblems,
  ceilingFirmness,
  floorInsistence,
  heldPositions,
  insistenceKept,
  refusedLine,
  assertInvariant,
  determinism,
  effectiveScenario,
  fail,
  fallback,
  holdableRungs,
  judgeRun,
  lobbyingActive,
  monotonicity,
  strictMonotonicity,
  transcriptReplay,
  tabledDrafts,
  firstDifference,
  orderIndependence,
  parameterPaths,
  pass,
  provenance,
  reorderParticipants,
  runInput,
  soundness,
  statementRungs,
  termination,
  toVote,
  unanimity,
  vetoedParagraphs,
  veto,
  voteCount,
  wideningOf,
  type AcceptanceModel,
  type AttributionCase,
  type Engine,
  type Invariant,
  type PreferenceModel,
  type JudgeContext,
  type RelatedRun,
  type RunInput,
  type Verdict,
} from '../analysis/invariants.js';
export { attributionOf } from '../actors/attribution.js';
export { mergeOverrides, overrideArgs, reproCommand, shellQuote } from '../analysis/overrideList.js';
export {
  caseInput,
  checkCases,
  checkScenario,
  demoFalseInvariant,
  type CheckCase,
  type CheckOptions,
  type CheckProgress,
  type CheckReport,
  type Counterexample,
  type InvariantReport,
} from '../analysis/check.js';
export {
  propertySettings,
  propertyTimeout,
  DEFAULT_PROP_RUNS,
  DEFAULT_PROP_SEED,
  type PropertySettings,
} from './settings.js';
export { runScenario, DEFAULT_MAX_EVENTS, type RunOptions } from '../engine/run.js';
export {
  applyEvent,
  initialReplayState,
  replayEvents,
  delegationsOf,
  type ReplayState,
  type DelegationState,
} from '../engine/replay.js';
export { describeEvent } from '../engine/describe.js';
export { loadScenario, BUILTIN_DIR, builtinScenarioIds } from '../scenario/loader.js';
export { applyOverrides, type Overrides } from '../scenario/overrides.js';
export {
  DECISION_RULES,
  FALLBACKS,
  LOBBY_STYLES,
  OUTCOMES,
  SPEAKING_ORDERS,
  STANCES,
  VOTE_RULES,
  VOTES,
} from '../domain/types.js';
export { isVoteRule, tallyVotes, voteOf } from '../engine/votes.js';
export type {
  ActorId,
  IssueDef,
  IssueId,
  Position,
  Profile,
  RunResult,
  Scenario,
  Stance,
  Tally,
  ForumEvent,
  ForumEventType,
  Vote,
} from '../domain/types.js';
