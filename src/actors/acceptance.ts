// Whether a delegation blocks, objects to or signs a draft, given the pressure on it. The stance
// machine's guards and the chair's drafting ask the same questions through these functions.
import type { Draft, IssueId, Position } from '../domain/types.js';
import { effectiveReservation, lineFirmness, yields } from './pressure.js';
import { breaches, draftUtility, isBreach, type Attribution, type Breach, type LadderSizes } from './utility.js';

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

/** A crossed red line that holds under this pressure. */
const holds = (b: Breach, pressure: number): boolean => b.hard && !yields(b.firmness, pressure, b.attributed);
const soft = (b: Breach): boolean => !b.hard;

/** Red lines the draft crosses that hold under the current pressure. */
export function heldRedLines(s: Standing, draft: Draft, sizes: LadderSizes): Breach[] {
  return breaches(s.positions, draft, sizes, s.widening, s.attribution).filter((b) => holds(b, s.pressure));
}

/** Paragraphs outside a soft interval (a delegation objects to them but does not block). */
export function softObjections(s: Standing, draft: Draft, sizes: LadderSizes): Breach[] {
  return breaches(s.positions, draft, sizes, s.widening, s.attribution).filter(soft);
}

/** Held red lines and soft objections together, from one pass over the draft. */
export function objections(s: Standing, draft: Draft, sizes: LadderSizes): { held: Breach[]; soft: Breach[] } {
  const found = breaches(s.positions, draft, sizes, s.widening, s.attribution);
  return { held: found.filter((b) => holds(b, s.pressure)), soft: found.filter(soft) };
}

/**
 * The stance the text deserves (boycotts aside), the questions asked in the order the stance
 * machine asks them: a held red line blocks, a soft objection objects, a text worth less than the
 * reservation seeks amendment. The same answers as asking heldRedLines and softObjections, in one
 * pass that builds no breach: every stance actor asks this after every event.
 */
export function textVerdict(
  s: Standing,
  draft: Draft,
  sizes: LadderSizes,
): 'blocking' | 'objecting' | 'seekingAmendment' | 'supporting' {
  let objecting = false;
  for (const issue of Object.keys(draft)) {
    const rung = draft[issue]!;
    const position = s.positions[issue];
    if (!position) continue;
    if (!isBreach(position, rung, sizes[issue] ?? 1, s.widening)) continue;
    if (!position.hard) objecting = true;
    else if (!yields(lineFirmness(position, rung), s.pressure, s.attribution[issue]?.[rung] !== undefined))
      return 'blocking';
  }
  if (objecting) return 'objecting';
  return belowReservation(s, draft, sizes) ? 'seekingAmendment' : 'supporting';
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
