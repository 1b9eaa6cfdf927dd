// Votes under the vote rules: how a delegation's final stance becomes a vote, and how the votes
// decide. Pure arithmetic, shared by the engine, the invariants and the tests.
import {
  VOTE_RULES,
  type ActorId,
  type DecisionRule,
  type Stance,
  type Tally,
  type Vote,
  type VoteOutcome,
  type VoteRule,
} from '../domain/types.js';

export function isVoteRule(rule: DecisionRule): rule is VoteRule {
  return (VOTE_RULES as readonly string[]).includes(rule);
}

/**
 * The vote a stance gives alone: for a text it supports, against one that crosses a red line.
 * Between the two (it wants amendments, or cannot accept a paragraph it could live with losing) it
 * abstains, as many ASEAN members did on the harsher 2022 texts. Not in the room: absent. With the
 * abstention mechanism on, voteChoice.ts decides a blocking delegation's vote from why it blocks.
 */
export function voteOf(stance: Stance): Vote {
  switch (stance) {
    case 'supporting':
      return 'yes';
    case 'blocking':
      return 'no';
    case 'walkedOut':
    case 'absent':
      return 'absent';
    case 'seekingAmendment':
    case 'objecting':
    case 'reviewing':
      return 'abstain';
  }
}

export function countVotes(votes: Readonly<Record<ActorId, Vote>>): Tally {
  const tally: Tally = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const vote of Object.values(votes)) tally[vote]++;
  return tally;
}

/** Yes votes a Security Council text needs: three fifths of the seats, rounded up (9 of 15). */
export function securityCouncilThreshold(seats: number): number {
  return Math.ceil((3 * seats) / 5);
}

/** Permanent members who voted no: under `security-council`, each is a veto. */
export function vetoesCast(votes: Readonly<Record<ActorId, Vote>>, permanent: readonly ActorId[]): ActorId[] {
  return permanent.filter((id) => votes[id] === 'no');
}

/**
 * The tally and what it decides. `majority` and `two-thirds` count those present and voting
 * (yes + no); `security-council` counts yes votes against the seats, and a permanent member's no
 * stops a text that has them (`vetoed`). Abstaining or absent permanent members do not veto.
 */
export function tallyVotes(
  votes: Readonly<Record<ActorId, Vote>>,
  rule: VoteRule,
  permanent: readonly ActorId[],
  seats: number,
): { tally: Tally; result: VoteOutcome } {
  const tally = countVotes(votes);
  const { yes, no } = tally;
  switch (rule) {
    case 'majority':
      return { tally, result: yes > no ? 'adopted' : 'rejected' };
    case 'two-thirds':
      // Integer form of yes >= 2/3 (yes + no), free of rounding.
      return { tally, result: yes > 0 && 3 * yes >= 2 * (yes + no) ? 'adopted' : 'rejected' };
    case 'security-council':
      if (yes < securityCouncilThreshold(seats)) return { tally, result: 'rejected' };
      return { tally, result: vetoesCast(votes, permanent).length > 0 ? 'vetoed' : 'adopted' };
  }
}

/** The rule in words, for summaries. */
export const RULE_LABEL: Record<DecisionRule, string> = {
  consensus: 'consensus',
  majority: 'majority of those present and voting',
  'two-thirds': 'two-thirds of those present and voting',
  'security-council': 'Security Council: 3/5 of the seats and no permanent member against',
};
