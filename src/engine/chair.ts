// The chair's drafting: a single-text mediator. Each round it revises the most contested
// paragraph toward what can pass: a wording every delegation in the room can accept, or live
// with under the pressure it is under. A broker chair picks, among those, the one that wins the
// most signatures, then the one nearest its own line; an advocate chair picks the one nearest its
// own line. With nothing passable yet, a broker moves to the wording easiest to let pass (omission
// among them: ASEAN's consensus by omission); an advocate holds out for its own line.
import { belowReservation, textVerdict, type Standing } from '../actors/acceptance.js';
import { ATTRIBUTION_RELIEF, lineFirmness, yields } from '../actors/pressure.js';
import { isBreach, rungDistance, type LadderSizes } from '../actors/utility.js';
import type { ChairStyle, Draft, IssueDef, IssueId, Position, Rung } from '../domain/types.js';

/** What the chair can see of a delegation: its current positions, concessions and pressure. */
export interface DelegateView extends Standing {
  id: string;
}

export interface Revision {
  issue: IssueId;
  from: Rung;
  to: Rung;
  reason: string;
}

/** What the chair drafts toward: its own line per issue (with a co-chair, the two lines' middle), and its style. */
export interface ChairLine {
  ideals: Record<IssueId, Rung>;
  style: ChairStyle;
}

/** wouldSign's answer, from textVerdict's one pass that builds no breach (asked per delegation per wording). */
export const wouldSupport = (view: DelegateView, draft: Draft, sizes: LadderSizes): boolean =>
  textVerdict(view, draft, sizes) === 'supporting';

/** How contested each paragraph is: held red lines weigh most (double), soft objections and unmet reservations less. */
export function contestScores(draft: Draft, room: readonly DelegateView[], sizes: LadderSizes): Map<IssueId, number> {
  const scores = new Map<IssueId, number>(Object.keys(draft).map((issue) => [issue, 0]));
  for (const view of room) {
    // The held red lines and soft objections (a red line that yields is neither): the paragraphs it
    // cannot let pass, met in one pass over the draft without building their breaches.
    let found = false;
    for (const issue of Object.keys(draft)) {
      if (canPass(view, issue, draft[issue]!, sizes[issue] ?? 1)) continue;
      const position = view.positions[issue]!;
      found = true;
      scores.set(issue, scores.get(issue)! + (position.hard ? 2 : 1) * (1 + position.salience));
    }
    // With nothing found, it would not sign only for its reservation (wouldSupport's last question).
    if (!found && belowReservation(view, draft, sizes)) {
      // Inside every line it holds but short of its reservation: the paragraphs furthest from its ideal.
      for (const [issue, rung] of Object.entries(draft)) {
        const position = view.positions[issue];
        if (position)
          scores.set(issue, scores.get(issue)! + 0.5 * position.salience * rungDistance(position, rung, sizes[issue]!));
      }
    }
  }
  return scores;
}

/** Whether a delegation can let this wording of the paragraph pass: inside its interval, or a red line that gives way. */
export function canPass(view: DelegateView, issue: IssueId, rung: Rung, size: number): boolean {
  const position: Position | undefined = view.positions[issue];
  if (!position) return true;
  if (!isBreach(position, rung, size, view.widening)) return true;
  return (
    position.hard && yields(lineFirmness(position, rung), view.pressure, view.attribution[issue]?.[rung] !== undefined)
  );
}

export function reviseDraft(
  draft: Draft,
  room: readonly DelegateView[],
  chair: ChairLine,
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

/**
 * Per wording, how many of the room would sign the draft with it: counted once per wording, not on
 * each comparison of the sort; one copy of the draft serves every wording (only this paragraph's
 * rung changes, its key already there, so the order of the keys holds).
 */
function supportersOf(
  wordings: readonly Rung[],
  draft: Draft,
  issue: IssueId,
  room: readonly DelegateView[],
  sizes: LadderSizes,
): Map<Rung, number> {
  const trial = { ...draft };
  const supporters = new Map<Rung, number>();
  for (const r of wordings) {
    trial[issue] = r;
    let count = 0;
    for (const v of room) if (wouldSupport(v, trial, sizes)) count++;
    supporters.set(r, count);
  }
  return supporters;
}

function reviseParagraph(
  draft: Draft,
  issue: IssueDef,
  room: readonly DelegateView[],
  chair: ChairLine,
  sizes: LadderSizes,
  tabledBefore: (draft: Draft) => boolean,
): Revision | null {
  const size = sizes[issue.id]!;
  const current = draft[issue.id]!;
  const rungs = Array.from({ length: size }, (_, r) => r).filter((r) => r > 0 || issue.droppable);
  const chairIdeal = chair.ideals[issue.id] ?? current;
  const nearChair = (a: Rung, b: Rung) => Math.abs(a - chairIdeal) - Math.abs(b - chairIdeal) || a - b;
  const passable = rungs.filter((r) => room.every((v) => canPass(v, issue.id, r, size)));

  if (passable.length > 0) {
    const supporters = supportersOf(passable, draft, issue.id, room, sizes);
    const best =
      chair.style === 'advocate'
        ? [...passable].sort(nearChair)[0]!
        : [...passable].sort((a, b) => supporters.get(b)! - supporters.get(a)! || nearChair(a, b))[0]!;
    if (best === current) return null;
    const why =
      chair.style === 'advocate'
        ? "the wording nearest the chair's own line that every delegation present can let pass"
        : "the wording every delegation present can let pass that wins the most signatures, nearest the chair's line";
    return { issue: issue.id, from: current, to: best, reason: why };
  }
  // Nothing can pass yet. Move to the wording that is easiest to let pass: a red line weighs by its
  // firmness (less for attributed wording), a soft objection little; omission is one such wording
  // (ASEAN's consensus by omission). A broker breaks ties toward its line; an advocate holds its own.
  const fresh = (r: Rung) => r === current || !tabledBefore({ ...draft, [issue.id]: r });
  const resistanceOf = (r: Rung) =>
    room.reduce((n, v) => {
      if (canPass(v, issue.id, r, size)) return n;
      const position = v.positions[issue.id];
      if (!position?.hard) return n + 1;
      const relief = v.attribution[issue.id]?.[r] !== undefined ? ATTRIBUTION_RELIEF : 1;
      return n + 100 * lineFirmness(position, r) * relief;
    }, 0);
  const candidates = chair.style === 'advocate' ? [chairIdeal].filter((r) => rungs.includes(r)) : rungs.filter(fresh);
  // Measured once per wording, not on each comparison of the sort.
  const known = new Map<Rung, number>();
  const resistance = (r: Rung) => known.get(r) ?? known.set(r, resistanceOf(r)).get(r)!;
  const best = [...candidates].sort((a, b) => resistance(a) - resistance(b) || nearChair(a, b))[0];
  if (best === undefined || best === current || resistance(best) >= resistance(current)) return null;
  const why =
    best === 0
      ? 'no wording can pass: dropped, the omission being the easiest to let pass (consensus by omission)'
      : 'no wording can pass yet; the one easiest to let pass, which pressure may carry';
  return { issue: issue.id, from: current, to: best, reason: why };
}
