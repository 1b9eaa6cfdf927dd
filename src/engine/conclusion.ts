// How a run ends, after its last round: under consensus the fallback decides what the chair
// issues (outcome.ts holds the rules); under a vote rule the chair puts the text to the vote. Both
// are logged under their own phase and give the run's result.
import { yields } from '../actors/pressure.js';
import type { ActorId, Blocker, Paragraph, RunResult, Vote, VoteRule } from '../domain/types.js';
import { chairLine } from './chairLine.js';
import type { Delegations } from './delegations.js';
import { rungId } from './ladder.js';
import { blockersOf, consensusEnding, paragraphsOf, voteVerdict } from './outcome.js';
import { voteChoice, type VoteChoice } from './voteChoice.js';
import { voteOf } from './votes.js';
import type { RunState } from './state.js';
import type { Transcript } from './transcript.js';

/** What a run's ending decides: the rest of its result is the room as it stands. */
export interface Ending {
  outcome: RunResult['outcome'];
  paragraphs: Paragraph[] | null;
  blockers: Blocker[];
  votes: RunResult['votes'];
  tally: RunResult['tally'];
  consensus: RunResult['consensus'];
  annex: Paragraph[];
}

export function concludeConsensus(
  state: RunState,
  delegations: Delegations,
  log: Transcript,
  adopted: boolean,
): Ending {
  const { scenario, sizes } = state.forum;
  log.phase = 'closing';
  const ending = consensusEnding({
    adopted,
    textSought: state.forum.structure.textSought,
    standing: scenario.rules.standingProduct ?? 'consensus-text',
    fallback: scenario.rules.fallback,
    draft: state.draft,
    annexed: state.annexed,
    chairIdeals: chairLine(scenario, (id) => delegations.context(id).positions).ideals,
    issues: scenario.issues,
    room: delegations.present().map((id) => delegations.view(id)),
    sizes,
    level: scenario.level,
    rounds: state.rounds,
    present: delegations.present().length,
  });
  const statement = ending.paragraphs ? { paragraphs: ending.paragraphs } : null;
  const consensus = ending.consensus ? { paragraphs: ending.consensus } : null;
  log.add(() => ({
    type: 'outcome',
    actor: scenario.chair,
    outcome: ending.outcome,
    statement,
    consensus: consensus !== null,
    annex: ending.annex,
    reason: ending.reason,
  }));
  return {
    outcome: ending.outcome,
    paragraphs: ending.paragraphs,
    blockers: adopted ? [] : blockers(state, delegations),
    votes: null,
    tally: null,
    consensus,
    annex: ending.annex,
  };
}

/** The chair puts the text to the vote: each delegation votes from its stance on it after the debate. */
export function concludeVote(state: RunState, delegations: Delegations, log: Transcript, rule: VoteRule): Ending {
  const { scenario } = state.forum;
  log.phase = 'voting';
  const votes: Record<ActorId, Vote> = {};
  for (const id of scenario.participants) {
    const stance = delegations.stance(id);
    const { vote, because } = chooseVote(state, delegations, id);
    votes[id] = vote;
    log.add(() => ({ type: 'vote.cast', actor: id, stance, vote, reason: because ?? delegations.reason(id) }));
  }
  const verdict = voteVerdict(votes, rule, scenario.rules.permanent, scenario.participants.length);
  log.add(() => ({
    type: 'vote.tallied',
    actor: scenario.chair,
    rule,
    tally: { ...verdict.tally },
    result: verdict.result,
    vetoedBy: verdict.vetoedBy,
    reason: verdict.reason,
  }));
  log.phase = 'closing';
  const paragraphs = verdict.result === 'adopted' ? paragraphsOf(scenario.issues, state.draft, scenario.level) : null;
  log.add(() => ({
    type: 'outcome',
    actor: scenario.chair,
    outcome: verdict.result,
    statement: paragraphs ? { paragraphs } : null,
    consensus: false,
    annex: [],
    reason: `put to the vote (${rule}) after ${state.rounds} round(s): ${verdict.result}`,
  }));
  // Under a vote rule, those in the way are those who voted no, on the paragraphs they could not accept.
  const inTheWay = blockers(state, delegations).filter((b) => votes[b.actor] === 'no');
  return {
    outcome: verdict.result,
    paragraphs,
    blockers: inTheWay,
    votes,
    tally: verdict.tally,
    consensus: null,
    annex: [],
  };
}

/**
 * A delegation's vote on the text tabled, from its stance and why it holds it (voteChoice.ts); with
 * the abstention mechanism switched off, from its stance alone.
 */
function chooseVote(state: RunState, delegations: Delegations, id: ActorId): VoteChoice {
  const { scenario, sizes } = state.forum;
  const stance = delegations.stance(id);
  if (scenario.rules.mechanisms?.abstention === false) return { vote: voteOf(stance), because: null };
  const context = delegations.context(id);
  const boycotted = context.boycotting
    .filter((b) => !yields(b.firmness, context.pressure, false) && delegations.isPresent(b.of))
    .map((b) => b.of);
  const input = {
    stance,
    standing: delegations.view(id),
    draft: state.tabledDraft,
    sizes,
    boycotted,
  };
  return voteChoice(input, (issue, rung) => rungId(scenario.issues, issue, rung));
}

/** Who stands in the way of the draft last tabled, and on which paragraphs. */
function blockers(state: RunState, delegations: Delegations): Blocker[] {
  const { scenario, sizes } = state.forum;
  const room = scenario.participants.map((id) => ({
    view: delegations.view(id),
    stance: delegations.stance(id),
    boycotting: delegations.context(id).boycotting.map((b) => b.of),
  }));
  return blockersOf(room, state.tabledDraft, sizes, scenario.issues);
}
