// The chair's drafting: a single-text mediator. Each round it revises the most contested
// paragraph toward what every delegation in the room can accept, nearest its own ideal, or
// drops the paragraph when nothing is acceptable to all (ASEAN consensus by omission).
import type { Draft, IssueDef, IssueId, Position, Rung } from '../domain/types.js';
import { breaches, draftUtility, isAcceptable, rungDistance, type LadderSizes } from '../actors/utility.js';

/** What the chair can see of a delegation: its current positions and concessions. */
export interface DelegateView {
  id: string;
  positions: Record<IssueId, Position>;
  widening: number;
  risk: number;
  reservation: number;
}

export interface Revision {
  issue: IssueId;
  from: Rung;
  to: Rung;
  reason: string;
}

export function wouldSupport(view: DelegateView, draft: Draft, sizes: LadderSizes): boolean {
  return breaches(view.positions, draft, sizes, view.widening).length === 0 && draftUtility(view.positions, draft, sizes, view.risk) >= view.reservation;
}

/** How contested each paragraph is: breaches weigh most (hard ones double), unmet reservations a little. */
export function contestScores(draft: Draft, room: readonly DelegateView[], sizes: LadderSizes): Map<IssueId, number> {
  const scores = new Map<IssueId, number>(Object.keys(draft).map((issue) => [issue, 0]));
  for (const view of room) {
    const found = breaches(view.positions, draft, sizes, view.widening);
    for (const b of found) {
      const salience = view.positions[b.issue]?.salience ?? 0;
      scores.set(b.issue, scores.get(b.issue)! + (b.hard ? 2 : 1) * (1 + salience));
    }
    if (found.length === 0 && !wouldSupport(view, draft, sizes)) {
      // Inside every interval but short of its reservation: the paragraphs furthest from its ideal.
      for (const [issue, rung] of Object.entries(draft)) {
        const position = view.positions[issue];
        if (position) scores.set(issue, scores.get(issue)! + 0.5 * position.salience * rungDistance(position, rung, sizes[issue]!));
      }
    }
  }
  return scores;
}

export function reviseDraft(
  draft: Draft,
  room: readonly DelegateView[],
  chair: DelegateView,
  issues: readonly IssueDef[],
  sizes: LadderSizes,
  /** Drafts already tabled and not adopted: a deadlocked chair does not go round in circles. */
  tabledBefore: (draft: Draft) => boolean = () => false,
): Revision | null {
  const scores = contestScores(draft, room, sizes);
  const order = issues.map((i) => i.id).filter((id) => (scores.get(id) ?? 0) > 0);
  order.sort((a, b) => scores.get(b)! - scores.get(a)!);
  for (const issueId of order) {
    const issue = issues.find((i) => i.id === issueId)!;
    const revision = reviseParagraph(draft, issue, room, chair, sizes, tabledBefore);
    if (revision) return revision;
  }
  return null;
}

function reviseParagraph(
  draft: Draft,
  issue: IssueDef,
  room: readonly DelegateView[],
  chair: DelegateView,
  sizes: LadderSizes,
  tabledBefore: (draft: Draft) => boolean,
): Revision | null {
  const size = sizes[issue.id]!;
  const current = draft[issue.id]!;
  const rungs = Array.from({ length: size }, (_, r) => r).filter((r) => r > 0 || issue.droppable);
  const chairIdeal = chair.positions[issue.id]?.ideal ?? current;
  const nearChair = (a: Rung, b: Rung) => Math.abs(a - chairIdeal) - Math.abs(b - chairIdeal) || a - b;
  const acceptableToAll = rungs.filter((r) => room.every((v) => isAcceptable(v.positions[issue.id], r, size, v.widening)));

  if (acceptableToAll.length > 0) {
    // Among the rungs all can live with, the one that wins the most signatures, then the chair's nearest.
    const supporters = (r: Rung) => room.filter((v) => wouldSupport(v, { ...draft, [issue.id]: r }, sizes)).length;
    const best = [...acceptableToAll].sort((a, b) => supporters(b) - supporters(a) || nearChair(a, b))[0]!;
    if (best === current) return null;
    return { issue: issue.id, from: current, to: best, reason: `the wording every delegation present can accept, nearest the chair's preference` };
  }
  const fresh = (r: Rung) => !tabledBefore({ ...draft, [issue.id]: r });
  if (issue.droppable && current !== 0 && fresh(0)) {
    return { issue: issue.id, from: current, to: 0, reason: 'no wording is acceptable to all present: dropped (consensus by omission)' };
  }
  // Nothing is acceptable and the paragraph must stay: move only to a rung fewer delegations reject.
  const rejections = (r: Rung) =>
    room.reduce((n, v) => {
      const position = v.positions[issue.id];
      if (isAcceptable(position, r, size, v.widening)) return n;
      return n + (position?.hard ? 100 : 1);
    }, 0);
  const best = rungs.filter(fresh).sort((a, b) => rejections(a) - rejections(b) || nearChair(a, b))[0];
  if (best === undefined || rejections(best) >= rejections(current)) return null;
  return { issue: issue.id, from: current, to: best, reason: 'no wording is acceptable to all; the one fewest delegations reject' };
}
