// The price of standing in the way (PRACTICE.md: consensus is not unanimity of enthusiasm). A
// delegation holds a red line, or its reservation, unless the cost of being the one who blocks
// exceeds its firmness. That cost rises with the stakes (the meeting's level and the host's
// investment), with isolation (a lone holdout in a room that otherwise agrees), with the host's
// embarrassment, and as time runs out. The numbers are assumed; the mechanism is documented
// practice. Pure functions: the engine computes the inputs, the stance machine's guards read them.
import type { Level, Position } from '../domain/types.js';

/** Base stakes of a meeting by level: leaders' meetings are where failure costs most (assumed). */
export const LEVEL_STAKES: Record<Level, number> = { officials: 0.3, ministers: 0.5, leaders: 0.8 };
/** How much a host's investment in a result adds to the stakes (assumed). */
export const HOST_INVESTMENT_WEIGHT = 0.3;
/** An attributed text asks a dissenter to hold the line half as hard as an owned one (assumed). */
export const ATTRIBUTION_RELIEF = 0.5;
/** Each protest embarrasses the host by this much, up to 1 (assumed). */
export const EMBARRASSMENT_PER_PROTEST = 0.15;

/** The stakes of a meeting whose failure costs `failureCost` (by default its level's), with its host's investment. */
export function stakes(failureCost: number, hostInvestment: number): number {
  return Math.min(1, failureCost + HOST_INVESTMENT_WEIGHT * hostInvestment);
}

/**
 * How much of the cost of blocking a delegation of full standing escapes (model v3, assumed; the
 * record: Russia alone at the OSCE, the United States alone at APEC 2018). Isolation does not move
 * a great power the way it moves a small one; `capability` is that standing.
 */
export const STANDING_SHIELD = 0.8;

/** The share of the cost of blocking a delegation of this standing feels. */
export const standingRelief = (capability: number): number => 1 - STANDING_SHIELD * capability;

export interface BlockingCostInput {
  stakes: number;
  /** Share of the other delegations present that support the draft, 0..1 (1: a lone holdout). */
  isolation: number;
  /** Share of the meeting's time gone, 0..1. */
  elapsed: number;
  /** 0..1 how embarrassed the host already is (protests in the room). */
  hostEmbarrassment: number;
}

/** The cost of being the one who blocks, in [0, 1): never 1, so firmness 1 always holds. */
export function blockingCost({ stakes: s, isolation, elapsed, hostEmbarrassment }: BlockingCostInput): number {
  const raw = s * isolation * (0.5 + 0.5 * elapsed) * (1 + 0.5 * hostEmbarrassment);
  return Math.min(0.999, Math.max(0, raw));
}

/** Firmness of a position's red line: 0 for a soft interval, its stated firmness (default 1) for a hard one. */
export function firmnessOf(position: Position): number {
  return position.hard ? (position.firmness ?? 1) : 0;
}

/** How firmly a hard line's floor holds (its insistence): stated, else the line's firmness. */
export function insistenceOf(position: Position): number {
  return position.hard ? (position.insistence ?? position.firmness ?? 1) : 0;
}

/** The firmness of the side of the line `rung` crosses: the floor (insistence) below `min`, the ceiling (refusal) above `max`. */
export function lineFirmness(position: Position, rung: number): number {
  return rung < position.min ? insistenceOf(position) : firmnessOf(position);
}

/** Whether a red line crossed by `attributed` or owned wording gives way under this cost. */
export function yields(firmness: number, cost: number, attributed: boolean): boolean {
  if (firmness >= 1) return false;
  return cost > firmness * (attributed ? ATTRIBUTION_RELIEF : 1);
}

/** The reservation a delegation holds out for under pressure: it lets a weaker text pass. */
export function effectiveReservation(reservation: number, cost: number): number {
  return reservation * (1 - cost);
}
