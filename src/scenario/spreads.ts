// Spreads of numeric parameters: which paths can carry one, and the range each path lives in.
// A spread is written as a half-width (`0.1`) or as explicit bounds (`[0.3, 0.6]`).
import {
  isScalarParameter,
  scalarParameter,
  SCALAR_PARAMETER_KEYS,
  UNIT_RANGE,
  type Range,
} from '../domain/tunables.js';
import type { Spread } from '../domain/types.js';

/** Numeric parameter paths (after the actor id), besides the scalars, that can carry a spread. */
const OTHER_NUMERIC_PATH =
  /^(lobbying\.strength|susceptibility\.[^.]+|walkout\.[^.]+|positions\.[^.]+\.(salience|firmness|insistence))$/;

export const NUMERIC_PATH_HINT = `${SCALAR_PARAMETER_KEYS.join(', ')}, lobbying.strength, susceptibility.ACTOR, walkout.ACTOR, positions.ISSUE.salience, positions.ISSUE.firmness or positions.ISSUE.insistence`;

export function isNumericPath(path: string): boolean {
  return isScalarParameter(path) || OTHER_NUMERIC_PATH.test(path);
}

/** A scalar's own range; every other numeric parameter is a share, 0..1. */
export function rangeOf(path: string): Range {
  return scalarParameter(path)?.range ?? UNIT_RANGE;
}

/** Turns a file's spread entry into a Spread, or says what is wrong with it. */
export function parseSpread(path: string, raw: number | readonly [number, number]): Spread | string {
  if (!isNumericPath(path)) return `no numeric parameter "${path}"; spreads apply to ${NUMERIC_PATH_HINT}`;
  const { min, max } = rangeOf(path);
  if (typeof raw === 'number') return { halfWidth: raw };
  const [lo, hi] = raw;
  if (lo > hi) return `expected [low, high] with low <= high, got [${lo}, ${hi}]`;
  if (lo < min || hi > max) return `expected bounds within ${min}..${max}, got [${lo}, ${hi}]`;
  return { lo, hi };
}

/**
 * `--set` value syntax for a spread: `LO:MODE:HI` (a triangle with explicit bounds). Returns null
 * when the value is a plain number.
 */
export function parseTriangle(value: string): { lo: number; mode: number; hi: number } | null {
  const parts = value.split(':');
  if (parts.length !== 3) return null;
  const [lo, mode, hi] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  return { lo: lo!, mode: mode!, hi: hi! };
}
