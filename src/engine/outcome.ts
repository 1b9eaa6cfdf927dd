// How a forum ends: the text it issues, who stood in the way, the vote's verdict, and the
// compromise baseline reported beside it. Pure functions of the final room; the engine logs them.
import { breaches, type LadderSizes } from '../actors/utility.js';
import type { ActorId, Blocker, Draft, Fallback, IssueDef, IssueId, OutcomeKind, Paragraph, Position, Scenario, Stance, Tally, Vote, VoteOutcome, VoteRule } from '../domain/types.js';
import { contestScores, type DelegateView } from './chair.js';
import { rungId } from './ladder.js';
import { securityCouncilThreshold, tallyVotes, vetoesCast } from './votes.js';

/** The statement a draft makes: its paragraphs above `omit`, in catalogue order. */
export function paragraphsOf(issues: readonly IssueDef[], draft: Draft): Paragraph[] {
  return issues
    .filter((issue) => issue.id in draft && draft[issue.id]! > 0)
    .map((issue) => {
      const rung = issue.ladder[draft[issue.id]!]!;
      return { issue: issue.id, rung: rung.id, text: rung.text ?? '' };
    });
}

export interface Ending {
  outcome: OutcomeKind;
  paragraphs: Paragraph[] | null;
  reason: string;
}

/**
 * Under consensus: the adopted draft, or else the fallback. A chair's statement is the chair's own
 * ideal wording of every paragraph on the table (its current positions, as lobbying left them).
 */
export function consensusEnding(adopted: boolean, fallback: Fallback, draft: Draft, chair: Record<IssueId, Position>, issues: readonly IssueDef[], rounds: number): Ending {
  if (adopted) return { outcome: 'joint-statement', paragraphs: paragraphsOf(issues, draft), reason: 'adopted by consensus' };
  const reason = `no consensus after ${rounds} round(s); fallback: ${fallback}`;
  if (fallback === 'chair-statement') {
    const chairText = Object.fromEntries(Object.keys(draft).map((issue) => [issue, chair[issue]?.ideal ?? draft[issue]!]));
    return { outcome: 'chair-statement', paragraphs: paragraphsOf(issues, chairText), reason };
  }
  return { outcome: 'no-statement', paragraphs: null, reason };
}

export interface VoteVerdict {
  tally: Tally;
  result: VoteOutcome;
  vetoedBy: ActorId[];
  /** The count and how the rule read it, for the transcript. */
  reason: string;
}

export function voteVerdict(votes: Readonly<Record<ActorId, Vote>>, rule: VoteRule, permanent: readonly ActorId[], seats: number): VoteVerdict {
  const { tally, result } = tallyVotes(votes, rule, permanent, seats);
  const permanentNo = rule === 'security-council' ? vetoesCast(votes, permanent) : [];
  const counted = `${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstaining, ${tally.absent} absent`;
  const how =
    rule === 'security-council'
      ? `${tally.yes} of ${seats} seats voted yes (${securityCouncilThreshold(seats)} needed)${permanentNo.length > 0 ? `; permanent member(s) voting no: ${permanentNo.join(', ')}` : ''}`
      : `${tally.yes} yes against ${tally.no} no among those present and voting (${rule})`;
  return { tally, result, vetoedBy: result === 'vetoed' ? permanentNo : [], reason: `${counted}; ${how}` };
}

/** Who stood in the way of the final tabled draft: each non-supporter's breached paragraphs. */
export function blockersOf(room: readonly { view: DelegateView; stance: Stance }[], tabled: Draft, sizes: LadderSizes, issues: readonly IssueDef[]): Blocker[] {
  const out: Blocker[] = [];
  for (const { view, stance } of room) {
    if (stance === 'supporting' || stance === 'absent') continue;
    const found = breaches(view.positions, tabled, sizes, view.widening);
    if (found.length > 0) {
      for (const b of found) out.push({ actor: view.id, issue: b.issue, rung: rungId(issues, b.issue, b.rung) });
    } else if (stance === 'seekingAmendment') {
      const scores = contestScores(tabled, [view], sizes);
      const worst = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
      if (worst && worst[1] > 0) out.push({ actor: view.id, issue: worst[0], rung: rungId(issues, worst[0], tabled[worst[0]]!) });
    }
  }
  return out;
}

/**
 * Capability x salience weighted mean ideal per issue on the table: the spatial-model compromise
 * baseline, from the stated profiles (not the drawn or moved ones).
 */
export function compromiseBaseline(scenario: Scenario, draft: Draft): Record<IssueId, string> {
  const out: Record<IssueId, string> = {};
  for (const issue of Object.keys(draft)) {
    let sum = 0;
    let weights = 0;
    for (const id of scenario.participants) {
      const profile = scenario.profiles[id]!;
      const position = profile.positions[issue];
      if (!position) continue;
      sum += profile.capability * position.salience * position.ideal;
      weights += profile.capability * position.salience;
    }
    out[issue] = rungId(scenario.issues, issue, weights > 0 ? Math.round(sum / weights) : draft[issue]!);
  }
  return out;
}
