// Pure arithmetic of preferences: distances, utilities, acceptable intervals, red lines.
// The stance machine's guards and the chair's drafting both call these; nothing here has state.
import type { Draft, IssueId, Position, Rung } from '../domain/types.js';
import { lineFirmness } from './pressure.js';

/** Ladder length (number of rungs) per issue. */
export type LadderSizes = Record<IssueId, number>;

/** Per issue, each attributed rung -> the owned rung whose view it attributes to a majority. */
export type Attribution = Record<IssueId, Record<Rung, Rung>>;

/** A dissenter's distance from attributed wording counts this much of the owned text's (assumed). */
export const ATTRIBUTED_DISTANCE_FACTOR = 0.5;

/**
 * Distance that decides utility: for attributed wording outside the actor's interval, a share of
 * the nearer of the wording and the owned rung it attributes, so it never costs more than owning.
 */
export function effectiveDistance(position: Position, rung: Rung, ladderSize: number, owned?: Rung): number {
  const d = rungDistance(position, rung, ladderSize);
  if (owned === undefined || (rung >= position.min && rung <= position.max)) return d;
  return Math.min(d, rungDistance(position, owned, ladderSize)) * ATTRIBUTED_DISTANCE_FACTOR;
}

/** Distance of a rung from the ideal as a share of the ladder, in [0, 1]. */
export function rungDistance(position: Position, rung: Rung, ladderSize: number): number {
  return ladderSize <= 1 ? 0 : Math.abs(rung - position.ideal) / (ladderSize - 1);
}

/** KTAB's risk-adjusted utility u = (1 - d)(1 + d R). */
export function issueUtility(position: Position, rung: Rung, ladderSize: number, risk: number, owned?: Rung): number {
  const d = effectiveDistance(position, rung, ladderSize, owned);
  return (1 - d) * (1 + d * risk);
}

/** Salience-weighted mean utility of a draft; 1 when nothing on the table matters to the actor. */
export function draftUtility(
  positions: Record<IssueId, Position>,
  draft: Draft,
  sizes: LadderSizes,
  risk: number,
  attribution: Attribution = {},
): number {
  let weighted = 0;
  let weights = 0;
  for (const issue of Object.keys(draft)) {
    const rung = draft[issue]!;
    const position = positions[issue];
    if (!position || position.salience <= 0) continue;
    weighted += position.salience * issueUtility(position, rung, sizes[issue] ?? 1, risk, attribution[issue]?.[rung]);
    weights += position.salience;
  }
  return weights === 0 ? 1 : weighted / weights;
}

/** How many rungs a soft interval has widened by, given the share of the ladder conceded. */
export function wideningRungs(widening: number, ladderSize: number): number {
  return Math.floor(widening * (ladderSize - 1) + 1e-9);
}

/** The rungs an actor accepts now: hard red lines never move; soft ones widen with impatience. */
export function acceptableInterval(
  position: Position | undefined,
  ladderSize: number,
  widening: number,
): { min: Rung; max: Rung } {
  if (!position) return { min: 0, max: ladderSize - 1 };
  if (position.hard) return { min: position.min, max: position.max };
  const extra = wideningRungs(widening, ladderSize);
  return { min: Math.max(0, position.min - extra), max: Math.min(ladderSize - 1, position.max + extra) };
}

export interface Breach {
  issue: IssueId;
  rung: Rung;
  hard: boolean;
  /** The red line's firmness on the side crossed (0 for a soft interval). */
  firmness: number;
  /** `floor`: the wording is weaker than the actor insists on; `ceiling`: stronger than it will sign. */
  side: 'floor' | 'ceiling';
  /** Whether the wording attributes the view rather than making the actor own it. */
  attributed: boolean;
}

/**
 * Inside the stated interval, on the ladder, and the interval can only have widened: then inside
 * the acceptable one too. The common case, decided without computing the widened interval.
 */
function withinStated(position: Position, rung: Rung, size: number, widening: number): boolean {
  if (rung < position.min || rung > position.max) return false;
  return position.hard || (widening >= 0 && size >= 1 && rung >= 0 && rung <= size - 1);
}

/** Whether `rung` falls outside the position's current acceptable interval. */
export function isBreach(position: Position, rung: Rung, size: number, widening: number): boolean {
  if (withinStated(position, rung, size, widening)) return false;
  const { min, max } = acceptableInterval(position, size, widening);
  return rung < min || rung > max;
}

/** Paragraphs of the draft that fall outside the actor's current acceptable interval. */
export function breaches(
  positions: Record<IssueId, Position>,
  draft: Draft,
  sizes: LadderSizes,
  widening: number,
  attribution: Attribution = {},
): Breach[] {
  const found: Breach[] = [];
  for (const issue of Object.keys(draft)) {
    const rung = draft[issue]!;
    const position = positions[issue];
    if (!position) continue;
    const size = sizes[issue] ?? 1;
    if (isBreach(position, rung, size, widening)) {
      const { min } = acceptableInterval(position, size, widening);
      const firmness = position.hard ? lineFirmness(position, rung) : 0;
      const side = rung < min ? 'floor' : 'ceiling';
      found.push({
        issue,
        rung,
        hard: position.hard,
        firmness,
        side,
        attributed: attribution[issue]?.[rung] !== undefined,
      });
    }
  }
  return found;
}

export function isAcceptable(
  position: Position | undefined,
  rung: Rung,
  ladderSize: number,
  widening: number,
): boolean {
  const { min, max } = acceptableInterval(position, ladderSize, widening);
  return rung >= min && rung <= max;
}
