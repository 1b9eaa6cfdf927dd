// Invariants of the vote rules: each vote follows from the delegation's final stance, the tally
// counts the votes, and the rule decides the outcome from the tally.
import { VOTE_RULES, type Scenario, type Stance, type Vote } from '../../domain/types.js';
import { countVotes, isVoteRule, tallyVotes, voteOf } from '../../engine/votes.js';
import type { Overrides } from '../../scenario/overrides.js';
import { type Invariant, pass, fail, effectiveScenario, capOf, rungName } from './core.js';

/**
 * Puts a consensus forum to a vote, so the invariant has cases on every scenario: the rule by
 * `variant`, and under security-council up to five permanent members (an empty seat among them, at times).
 */
export function toVote(s: Scenario, variant: number): Overrides {
  if (isVoteRule(s.rules.decisionRule)) return {};
  const rule = VOTE_RULES[variant % VOTE_RULES.length]!;
  if (rule !== 'security-council') return { 'forum.decisionRule': rule };
  const count = Math.floor(variant / VOTE_RULES.length) % Math.min(6, s.participants.length + 1);
  const start = Math.floor(variant / 18) % s.participants.length;
  const permanent = Array.from({ length: count }, (_, i) => s.participants[(start + i) % s.participants.length]!);
  return count === 0
    ? { 'forum.decisionRule': rule }
    : { 'forum.decisionRule': rule, 'forum.permanent': permanent.join(',') };
}

/**
 * The vote a final stance allows: the stance's own (voteOf), except that with abstention on a
 * blocking delegation votes no or abstains (voteChoice.ts: no only against a refused line). So a
 * no always comes from a blocking stance.
 */
function votesAsStanceAllows(stance: Stance, vote: Vote | undefined, s: Scenario): boolean {
  if (s.rules.mechanisms?.abstention !== false && stance === 'blocking') return vote === 'no' || vote === 'abstain';
  return vote === voteOf(stance);
}

export const voteCount: Invariant = {
  id: 'votes',
  title:
    'under a vote rule every delegation votes as its final stance says (absent if it walked out; a blocking one no or abstain, and only a blocking one no), the tally counts the votes, the rule decides from the tally, and only an adopted text is a statement, as tabled',
  premise: toVote,
  judge(input, result) {
    const s = effectiveScenario(input);
    const rule = s.rules.decisionRule;
    if (!isVoteRule(rule)) return pass(false);
    const { votes, tally } = result;
    if (!votes || !tally) return fail(`a ${rule} forum ended without ${votes ? 'a tally' : 'votes'}`);
    const problems: string[] = [];
    for (const id of s.participants) {
      const stance = result.delegations[id]?.stance;
      if (stance === undefined) problems.push(`${id} has no final stance`);
      else if (!votesAsStanceAllows(stance, votes[id], s))
        problems.push(`${id} voted ${votes[id] ?? 'nothing'} although ${stance}`);
    }
    const extra = Object.keys(votes).filter((id) => !s.participants.includes(id));
    if (extra.length > 0) problems.push(`votes from non-participants ${extra.join(', ')}`);
    const counted = countVotes(votes);
    if (
      counted.yes !== tally.yes ||
      counted.no !== tally.no ||
      counted.abstain !== tally.abstain ||
      counted.absent !== tally.absent
    ) {
      problems.push(`tally ${JSON.stringify(tally)} does not count the votes ${JSON.stringify(counted)}`);
    }
    const decided = tallyVotes(votes, rule, s.rules.permanent, s.participants.length).result;
    if (result.outcome !== decided)
      problems.push(`outcome ${result.outcome} although the votes decide ${decided} under ${rule}`);
    if (result.outcome === 'adopted') {
      // The text put to the vote is the opening draft: no revision under a vote rule.
      const adopted = result.statement?.paragraphs.map((p) => `${p.issue}=${p.rung}`).join(' ');
      const tabled = s.issues
        .filter((i) => (s.draft[i.id] ?? 0) > 0)
        .map((i) => `${i.id}=${rungName(s, i.id, s.draft[i.id]!)}`)
        .join(' ');
      if (adopted !== tabled) problems.push(`adopted text ${adopted ?? '(none)'} is not the tabled ${tabled}`);
    } else if (result.statement) problems.push(`${result.outcome} with a text`);
    const noes = new Set(Object.keys(votes).filter((id) => votes[id] === 'no'));
    for (const b of result.blockers)
      if (!noes.has(b.actor)) problems.push(`${b.actor} listed in the way but voted ${votes[b.actor]}`);
    for (const id of noes)
      if (!result.blockers.some((b) => b.actor === id))
        problems.push(`${id} voted no but is not listed on any paragraph`);
    // A walkout is a protest, not the end of the meeting: debate runs its rounds (unless the event cap cut it short).
    if (result.events < capOf(input) && result.rounds !== s.rules.roundLimit)
      problems.push(`the vote came after ${result.rounds} of ${s.rules.roundLimit} round(s)`);
    return problems.length === 0 ? pass() : fail(problems.join('; '));
  },
};
