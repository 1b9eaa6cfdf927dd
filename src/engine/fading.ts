// Fading salience (model v3): an issue put on the agenda by an event is loud the year it happens
// and fades after; the record's G20 texts name Ukraine in 2014 and not from 2015. Salience, and
// the firmness of an insistence below 1, decay by half every `halfLife` years since the issue's
// triggering date (IssueDef.since). A refusal (a ceiling) does not fade: what a delegation will
// not sign stays unsigned; a firmness-1 insistence does not fade either, since it never yields.
import type { Position, Scenario } from '../domain/types.js';
import { isOn } from './mechanisms.js';

/**
 * Half-life in years (assumed; fitted on the train period only, to 2019: the shortest half-life
 * with the least mean log loss over 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 25, 50 and 100 years, 50 runs a
 * case; see CALIBRATION.md, issue 18). The train period wants fading slow: a shorter half-life
 * lets the OSCE's Western floors on Crimea give way, and no train meeting gains from it.
 */
export const HALF_LIFE_YEARS = 16;

const DAY_MS = 86_400_000;

/** Years from `from` to `to` (both YYYY-MM-DD), 0 when `to` is not later. */
export function yearsSince(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  return Number.isFinite(days) && days > 0 ? days / 365.25 : 0;
}

/** The share of an issue's salience left `years` after its event. */
export const fadeFactor = (years: number, halfLife: number): number => Math.pow(0.5, years / halfLife);

/** Per issue with a triggering date: the share of salience left at the meeting's date. */
export function issueFades(scenario: Scenario): Record<string, number> {
  if (!isOn(scenario, 'fading')) return {};
  const halfLife = scenario.rules.halfLife ?? HALF_LIFE_YEARS;
  const out: Record<string, number> = {};
  for (const issue of scenario.issues)
    if (issue.since !== undefined) out[issue.id] = fadeFactor(yearsSince(issue.since, scenario.date), halfLife);
  return out;
}

/** A position as it stands `fade` of the way through its issue's life. */
export function fadedPosition(position: Position, fade: number): Position {
  if (fade >= 1) return position;
  const out: Position = { ...position, salience: position.salience * fade };
  const insistence = position.insistence ?? (position.hard ? (position.firmness ?? 1) : undefined);
  if (insistence !== undefined && insistence < 1 && position.hard && position.min > 0)
    out.insistence = insistence * fade;
  return out;
}
