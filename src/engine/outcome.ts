// How a forum ends: the text it issues, who stood in the way, the vote's verdict, and the
// compromise baseline reported beside it. Pure functions of the final room; the engine logs them.
import { heldRedLines, softObjections } from '../actors/acceptance.js';
import type { LadderSizes } from '../actors/utility.js';
import { chairStatement } from './products.js';
import type {
  ActorId,
  Blocker,
  Draft,
  Fallback,
  IssueDef,
  IssueId,
  Level,
  OutcomeKind,
  Paragraph,
  Scenario,
  Stance,
  StandingProduct,
  Tally,
  Vote,
  VoteOutcome,
  VoteRule,
} from '../domain/types.js';
import { contestScores, type DelegateView } from './chair.js';
import { rungId } from './ladder.js';
import { inLevelWords } from './wording.js';
import { securityCouncilThreshold, tallyVotes, vetoesCast } from './votes.js';

/** The statement a draft makes: its paragraphs above `omit`, in catalogue order, in the level's words. */
export function paragraphsOf(issues: readonly IssueDef[], draft: Draft, level: Level): Paragraph[] {
  return issues
    .filter((issue) => issue.id in draft && draft[issue.id]! > 0)
    .map((issue) => {
      const rung = issue.ladder[draft[issue.id]!]!;
      return { issue: issue.id, rung: rung.id, text: inLevelWords(rung.text ?? '', level) };
    });
}

export interface Ending {
  outcome: OutcomeKind;
  /** The text the forum issues: the joint statement or the chair's statement; null for none. */
  paragraphs: Paragraph[] | null;
  /** The consensus text adopted (beside a standing chair's statement too); null when none. */
  consensus: Paragraph[] | null;
  /** Paragraphs the chair took out of the joint text into its own statement. */
  annex: Paragraph[];
  reason: string;
}

/** Delegations a joint text needs in the room: one alone agrees with no one. */
export const MIN_ROOM_FOR_CONSENSUS = 2;

/** Whether a room of `present` delegations can adopt a consensus text at all. */
export const canAgree = (present: number) => present >= MIN_ROOM_FOR_CONSENSUS;

export interface EndingInput {
  adopted: boolean;
  /** Whether a consensus text was tabled at all (model v3's habit at a chair's-statement forum); default true. */
  textSought?: boolean;
  standing: StandingProduct;
  fallback: Fallback;
  /** The draft as it stands (annexed paragraphs removed). */
  draft: Draft;
  /** Paragraphs moved into the chair's statement, at the wording they had. */
  annexed: Draft;
  /** The chair's own line per issue (with a co-chair, their middle). */
  chairIdeals: Record<IssueId, number>;
  issues: readonly IssueDef[];
  room: readonly DelegateView[];
  sizes: LadderSizes;
  /** Who meets, so who the texts speak of. */
  level: Level;
  rounds: number;
  /** Delegations present at the end; below MIN_ROOM_FOR_CONSENSUS nothing could be adopted. */
  present: number;
}

/**
 * How a consensus forum ends. A forum whose standing product is the chairman's statement issues
 * it every time, and says whether a consensus text was adopted beside it. Otherwise: the adopted
 * text (with any chair's annex), or the fallback. A chair's statement is the chair's own line on
 * every paragraph on the table, attributed to those who can live with it.
 */
export function consensusEnding(e: EndingInput): Ending {
  const onTable = { ...e.draft, ...e.annexed };
  const chairText: Draft = Object.fromEntries(
    Object.keys(onTable).map((issue) => [issue, e.chairIdeals[issue] ?? onTable[issue]!]),
  );
  const chairs = () => chairStatement(chairText, e.issues, e.room, e.sizes, e.level);
  const consensus = e.adopted ? paragraphsOf(e.issues, e.draft, e.level) : null;
  const annex = e.adopted ? chairStatement(e.annexed, e.issues, e.room, e.sizes, e.level) : [];
  // An empty room is said so: nobody failed to agree, there was no one to agree with.
  const emptyRoom = canAgree(e.present) ? null : `fewer than two delegations present (${e.present})`;
  if (e.standing === 'chair-statement') {
    const reason = e.adopted
      ? "the chairman's statement, as ever, and a consensus text adopted beside it"
      : `the chairman's statement, as ever; ${emptyRoom ? `${emptyRoom}: no consensus text` : e.textSought === false ? 'no consensus text tabled beside it, as the forum habitually does' : 'no consensus text'}`;
    return { outcome: 'chair-statement', paragraphs: chairs(), consensus, annex, reason };
  }
  if (e.adopted) {
    const reason =
      annex.length > 0
        ? `adopted by consensus, with ${annex.map((p) => p.issue).join(', ')} in a chair's annex`
        : 'adopted by consensus';
    return { outcome: 'joint-statement', paragraphs: consensus, consensus, annex, reason };
  }
  const reason = `${emptyRoom ? `${emptyRoom}: no joint statement` : `no consensus after ${e.rounds} round(s)`}; fallback: ${e.fallback}`;
  if (e.fallback === 'chair-statement')
    return { outcome: 'chair-statement', paragraphs: chairs(), consensus: null, annex: [], reason };
  return { outcome: 'no-statement', paragraphs: null, consensus: null, annex: [], reason };
}

export interface VoteVerdict {
  tally: Tally;
  result: VoteOutcome;
  vetoedBy: ActorId[];
  /** The count and how the rule read it, for the transcript. */
  reason: string;
}

export function voteVerdict(
  votes: Readonly<Record<ActorId, Vote>>,
  rule: VoteRule,
  permanent: readonly ActorId[],
  seats: number,
): VoteVerdict {
  const { tally, result } = tallyVotes(votes, rule, permanent, seats);
  const permanentNo = rule === 'security-council' ? vetoesCast(votes, permanent) : [];
  const counted = `${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstaining, ${tally.absent} absent`;
  const how =
    rule === 'security-council'
      ? `${tally.yes} of ${seats} seats voted yes (${securityCouncilThreshold(seats)} needed)${permanentNo.length > 0 ? `; permanent member(s) voting no: ${permanentNo.join(', ')}` : ''}`
      : `${tally.yes} yes against ${tally.no} no among those present and voting (${rule})`;
  return { tally, result, vetoedBy: result === 'vetoed' ? permanentNo : [], reason: `${counted}; ${how}` };
}

/**
 * Who stood in the way of the final tabled draft: each non-supporter's paragraphs it would not let
 * pass, or the delegation it boycotts (as `issue: boycott`, `rung`: the boycotted delegation).
 */
export function blockersOf(
  room: readonly { view: DelegateView; stance: Stance; boycotting: readonly ActorId[] }[],
  tabled: Draft,
  sizes: LadderSizes,
  issues: readonly IssueDef[],
): Blocker[] {
  const out: Blocker[] = [];
  for (const { view, stance, boycotting } of room) {
    if (stance === 'supporting' || stance === 'absent') continue;
    const found = [...heldRedLines(view, tabled, sizes), ...softObjections(view, tabled, sizes)];
    if (stance === 'blocking' && found.length === 0 && boycotting.length > 0) {
      for (const of of boycotting) out.push({ actor: view.id, issue: 'boycott', rung: of });
    } else if (found.length > 0) {
      for (const b of found) out.push({ actor: view.id, issue: b.issue, rung: rungId(issues, b.issue, b.rung) });
    } else if (stance === 'seekingAmendment') {
      const scores = contestScores(tabled, [view], sizes);
      const worst = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
      if (worst && worst[1] > 0)
        out.push({ actor: view.id, issue: worst[0], rung: rungId(issues, worst[0], tabled[worst[0]]!) });
    }
  }
  return out;
}

/**
 * Capability x salience weighted mean ideal per issue on the table: the spatial-model compromise
 * baseline, from the stated profiles (not the drawn or moved ones).
 */
export function compromiseBaseline(scenario: Scenario, draft: Draft): Record<IssueId, string> {
  const rungs = compromiseDraft(scenario, draft, scenario.participants);
  return Object.fromEntries(
    Object.entries(rungs).map(([issue, rung]) => [issue, rungId(scenario.issues, issue, rung)]),
  );
}

/** Per issue of `draft`, the capability x salience weighted mean ideal of `ids` (the draft's rung when nobody weighs in). */
export function compromiseDraft(scenario: Scenario, draft: Draft, ids: readonly ActorId[]): Draft {
  const out: Draft = {};
  for (const issue of Object.keys(draft)) {
    let sum = 0;
    let weights = 0;
    for (const id of ids) {
      const profile = scenario.profiles[id]!;
      const position = profile.positions[issue];
      if (!position) continue;
      sum += profile.capability * position.salience * position.ideal;
      weights += profile.capability * position.salience;
    }
    out[issue] = weights > 0 ? Math.round(sum / weights) : draft[issue]!;
  }
  return out;
}
