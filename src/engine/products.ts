// What a forum issues besides a consensus text: a chair's statement that attributes views, and
// a chair's annex that takes a contested paragraph out of an otherwise agreed text.
import { heldRedLines, wouldSign } from '../actors/acceptance.js';
import { effectiveReservation } from '../actors/pressure.js';
import { draftUtility, type LadderSizes } from '../actors/utility.js';
import type { Draft, IssueDef, IssueId, Level, Paragraph } from '../domain/types.js';
import { canPass, type DelegateView } from './chair.js';
import { inLevelWords, MEMBERS } from './wording.js';

/**
 * A paragraph the chair can move into its own statement so that the rest passes: every delegation
 * present signs the rest, and counts the moved paragraph as missing from the joint text when it
 * weighs it (a delegation that needs that paragraph in the text still says no). The most
 * contested such paragraph, or null.
 */
export function annexCandidate(
  draft: Draft,
  room: readonly DelegateView[],
  sizes: LadderSizes,
  contested: readonly IssueId[],
  issues: readonly IssueDef[],
): IssueId | null {
  for (const issue of contested) {
    // Only a paragraph the text can do without, and never the text's last one.
    if (!(issue in draft) || draft[issue] === 0 || !issues.find((i) => i.id === issue)?.droppable) continue;
    const rest: Draft = { ...draft };
    delete rest[issue];
    if (!Object.values(rest).some((rung) => rung > 0)) continue;
    const weighed: Draft = { ...draft, [issue]: 0 };
    const agreed = room.every((v) => {
      if (!wouldSign(v, rest, sizes)) return false;
      // A delegation whose red line demands the paragraph in the text does not let it go.
      if (heldRedLines(v, { [issue]: 0 }, sizes).length > 0) return false;
      return (
        draftUtility(v.positions, weighed, sizes, v.risk, v.attribution) >=
        effectiveReservation(v.reservation, v.pressure)
      );
    });
    if (agreed) return issue;
  }
  return null;
}

/** Words for how many of the room hold a view. */
function quantifier(share: number): string {
  if (share >= 0.75) return 'Most';
  if (share >= 0.5) return 'Many';
  return 'Some';
}

/**
 * The chair's statement: the chair's own wording of each paragraph, attributed to those who can
 * live with it ("Most Ministers ..."), noting other views where the room was divided.
 */
export function chairStatement(
  text: Draft,
  issues: readonly IssueDef[],
  room: readonly DelegateView[],
  sizes: LadderSizes,
  level: Level,
): Paragraph[] {
  const members = MEMBERS[level];
  const all = `The ${members} `;
  const out: Paragraph[] = [];
  for (const issue of issues) {
    const rung = Object.hasOwn(text, issue.id) ? text[issue.id] : undefined; // an issue may be called constructor
    if (rung === undefined || rung === 0) continue;
    const def = issue.ladder[rung]!;
    const agree = room.filter((v) => canPass(v, issue.id, rung, sizes[issue.id]!)).length;
    const share = room.length === 0 ? 1 : agree / room.length;
    let sentence = inLevelWords(def.text ?? '', level);
    if (share < 1 && sentence.startsWith(all))
      sentence = `${quantifier(share)} ${members} ${sentence.slice(all.length)} Other ${members} expressed different views.`;
    out.push({ issue: issue.id, rung: def.id, text: sentence });
  }
  return out;
}
