// Whether a delegation blocks, objects to or signs a draft, given the pressure on it. The stance
// machine's guards and the chair's drafting ask the same questions through these functions.
import type { Draft, IssueId, Position } from '../domain/types.js';
import { effectiveReservation, yields } from './pressure.js';
import { breaches, draftUtility, type Attribution, type Breach, type LadderSizes } from './utility.js';

/** What decides a delegation's stance on a draft. */
export interface Standing {
  positions: Record<IssueId, Position>;
  /** Share of each ladder the soft intervals have widened by. */
  widening: number;
  risk: number;
  reservation: number;
  /** The cost of being the one who blocks, 0..1 (0 when nothing is at stake). */
  pressure: number;
  attribution: Attribution;
}

/** Red lines the draft crosses that hold under the current pressure. */
export function heldRedLines(s: Standing, draft: Draft, sizes: LadderSizes): Breach[] {
  return breaches(s.positions, draft, sizes, s.widening, s.attribution).filter(
    (b) => b.hard && !yields(b.firmness, s.pressure, b.attributed),
  );
}

/** Paragraphs outside a soft interval (a delegation objects to them but does not block). */
export function softObjections(s: Standing, draft: Draft, sizes: LadderSizes): Breach[] {
  return breaches(s.positions, draft, sizes, s.widening, s.attribution).filter((b) => !b.hard);
}

/** Below the reservation it holds out for under pressure. */
export function belowReservation(s: Standing, draft: Draft, sizes: LadderSizes): boolean {
  return (
    draftUtility(s.positions, draft, sizes, s.risk, s.attribution) < effectiveReservation(s.reservation, s.pressure)
  );
}

export function wouldSign(s: Standing, draft: Draft, sizes: LadderSizes): boolean {
  return (
    heldRedLines(s, draft, sizes).length === 0 &&
    softObjections(s, draft, sizes).length === 0 &&
    !belowReservation(s, draft, sizes)
  );
}
