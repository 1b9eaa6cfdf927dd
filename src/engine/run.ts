// The turn-based forum protocol: a run is a pure function of (scenario, overrides, seed). This
// file is the loop: seat the delegations, walk each round's phases (the table in phases.ts, each
// phase a module in phases/ over the run state and the stance actors), then conclude. How a forum
// ends lives in conclusion.ts and outcome.ts; every happening is a typed event folded by replay.ts.
import type { RunResult, Scenario } from '../domain/types.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import { seatDelegations } from './arrival.js';
import { concludeConsensus, concludeVote, type Ending } from './conclusion.js';
import { Delegations, EventCapReached } from './delegations.js';
import { compromiseBaseline } from './outcome.js';
import { assertLogMatchesActors } from './logCheck.js';
import { CONSENSUS_ROUND, playPhases, PREPARATION_ROUND, VOTE_ROUND, type RoundSteps } from './phases.js';
import { adoptIfAgreed } from './phases/adopt.js';
import { annexContested } from './phases/annex.js';
import { closeRound } from './phases/close.js';
import { hearStatements } from './phases/hear.js';
import { lobby } from './phases/lobby.js';
import { reviseDraftForRoom } from './phases/revise.js';
import { tableDraft } from './phases/table.js';
import { createRng, type Rng } from './rng.js';
import { forumOf, initialRunState, type RunState } from './state.js';
import { Transcript } from './transcript.js';
import { drawParameters, type DrawnParameters } from './uncertainty.js';
import { habitOf } from './habits.js';
import { drawStructure } from './structure.js';
import { isVoteRule } from './votes.js';

export interface RunOptions {
  seed: string | number;
  overrides?: Overrides;
  /** Hard cap on events sent to stance actors; the run ends in its fallback when reached. */
  maxEvents?: number;
  /** Keep the transcript in the result (default true). */
  transcript?: boolean;
  /** Parameter values from a recorded run's `inputs.drawn`, used instead of fresh draws. */
  drawn?: Readonly<Record<string, number>>;
  /**
   * Which draws `inputs.drawn` records: all of them (default), or only those of parameters the
   * overrides name, as a compact sweep line keeps (building the whole record costs a sweep ~454
   * inserts a run for nothing). The draws themselves, and so the run, are the same either way.
   */
  drawnRecord?: 'all' | 'overridden';
}

export const DEFAULT_MAX_EVENTS = 200_000;

/** What a run was started with, beside the scenario it runs. */
interface RunInputs {
  seed: string;
  overrides: Overrides;
  parameters: DrawnParameters;
}

export function runScenario(base: Scenario, options: RunOptions): RunResult {
  const seed = String(options.seed);
  const overrides = options.overrides ?? {};
  const scenario = canonicalOrder(applyOverrides(base, overrides));
  const recorded = options.drawnRecord === 'overridden' ? overrides : undefined;
  const drawnParameters = drawParameters(scenario, seed, options.drawn, recorded);
  const habit = habitOf(scenario);
  const { structure, drawn: structureDrawn } = drawStructure(scenario, habit, seed, options.drawn);
  // The parameter draws' record is this run's own: the structure's join it in place, as a copy of both would list them.
  const parameters = {
    ...drawnParameters,
    drawn: Object.assign(drawnParameters.drawn, recorded ? onlyKeysOf(structureDrawn, recorded) : structureDrawn),
  };
  const state = initialRunState(forumOf(scenario, structure, habit));
  const delegations = new Delegations(state.forum, options.maxEvents ?? DEFAULT_MAX_EVENTS);
  const log = new Transcript(options.transcript ?? true);
  try {
    const ending = play(state, delegations, log, createRng(seed), parameters);
    if (log.kept) assertLogMatchesActors(log.entries, state, delegations);
    return runResult(state, delegations, log, ending, { seed, overrides, parameters });
  } finally {
    delegations.stopAll();
  }
}

/** The entries of `record` whose key `keys` has, in order. */
function onlyKeysOf(record: Record<string, number>, keys: object): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key in record) if (Object.hasOwn(keys, key)) out[key] = record[key]!;
  return out;
}

/**
 * Participants, empty seats and permanent members in canonical (sorted) order, as the loader lists
 * them, so a scenario built in code runs the same whatever order it lists its delegations in.
 */
function canonicalOrder(scenario: Scenario): Scenario {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  const inOrder = (ids: readonly string[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id);
  if (inOrder(scenario.participants) && inOrder(scenario.absent) && inOrder(scenario.rules.permanent)) return scenario;
  return {
    ...scenario,
    participants: sorted(scenario.participants),
    absent: sorted(scenario.absent),
    rules: { ...scenario.rules, permanent: sorted(scenario.rules.permanent) },
  };
}

/** Seats the room, walks the preparatory track and the meeting's rounds, and concludes. */
function play(
  state: RunState,
  delegations: Delegations,
  log: Transcript,
  rng: Rng,
  parameters: DrawnParameters,
): Ending {
  const { scenario, preparation } = state.forum;
  seatDelegations(state, delegations, log, rng, parameters.profiles);
  const steps = roundSteps(state, delegations, log, rng);
  const enter = (phase: Transcript['phase']) => (log.phase = phase);
  const rule = scenario.rules.decisionRule;
  const voteRule = isVoteRule(rule) ? rule : null;
  let adopted = false;
  try {
    // The preparatory track: officials work on the draft before the meeting (rounds -P..-1).
    for (let round = -preparation; round < 0; round++) {
      log.round = round;
      playPhases(PREPARATION_ROUND, steps, round, enter);
    }
    for (let round = 1; round <= scenario.rules.roundLimit && !adopted; round++) {
      state.rounds = round;
      log.round = round;
      adopted = playPhases(voteRule ? VOTE_ROUND : CONSENSUS_ROUND, steps, round, enter);
    }
  } catch (error) {
    if (!(error instanceof EventCapReached)) throw error;
    state.capped = true;
    log.add(() => ({
      type: 'cap.reached',
      actor: scenario.chair,
      cap: delegations.maxEvents,
      events: delegations.sent,
      reason: `event cap of ${delegations.maxEvents} reached`,
    }));
  }
  // A vote is taken even when the event cap cut the debate short: casting votes sends no events.
  return voteRule
    ? concludeVote(state, delegations, log, voteRule)
    : concludeConsensus(state, delegations, log, adopted);
}

/** The phase modules bound to this run, as the phases table calls them. */
function roundSteps(state: RunState, delegations: Delegations, log: Transcript, rng: Rng): RoundSteps {
  return {
    table: (round) => tableDraft(state, delegations, log, round),
    hearStatements: () => hearStatements(state, delegations, log, rng),
    lobby: () => lobby(state, delegations, log, rng),
    adopt: () => adoptIfAgreed(state, delegations, log),
    closeRound: (round) => closeRound(state, delegations, log, round),
    annex: (round) => annexContested(state, delegations, log, round),
    revise: () => reviseDraftForRoom(state, delegations, log),
    isLastRound: (round) => round === state.forum.scenario.rules.roundLimit,
  };
}

function runResult(
  state: RunState,
  delegations: Delegations,
  log: Transcript,
  ending: Ending,
  inputs: RunInputs,
): RunResult {
  const { scenario } = state.forum;
  const seats: RunResult['delegations'] = {};
  for (const id of scenario.participants) {
    const stance = delegations.stance(id);
    seats[id] = { stance, present: stance !== 'walkedOut' && stance !== 'absent' };
  }
  return {
    scenario: scenario.id,
    seed: inputs.seed,
    outcome: ending.outcome,
    rounds: state.rounds,
    statement: ending.paragraphs ? { paragraphs: ending.paragraphs } : null,
    consensus: ending.consensus,
    annex: ending.annex,
    delegations: seats,
    blockers: ending.blockers,
    baseline: compromiseBaseline(scenario, state.draft),
    votes: ending.votes,
    tally: ending.tally,
    // What the run was a function of, recorded so that it can be replayed.
    inputs: {
      scenarioHash: scenario.hash,
      overrides: { ...inputs.overrides },
      seed: inputs.seed,
      version: VERSION,
      uncertainty: scenario.uncertainty.enabled ? 'on' : 'off',
      drawn: inputs.parameters.drawn,
    },
    events: delegations.sent,
    capped: state.capped,
    transcript: log.entries,
  };
}
