// The values a recorded run's `inputs.drawn` may hold: each key a parameter a run draws, each value
// in the range `--set` allows for it, so a replay cannot feed the engine what no run could draw
// (1e308, -5). Delegation parameters are `ACTOR.path` (spreads.ts); model v3's structural draws are
// `forum.structure.*` (engine/structure.ts).
import type { Range } from '../domain/tunables.js';
import { HABIT_SCALE, INSISTENCE_SCALE, STRUCTURE_KEYS } from '../engine/structure.js';
import { didYouMean } from '../scenario/errors.js';
import { isNumericPath, NUMERIC_PATH_HINT, rangeOf } from '../scenario/spreads.js';

const SWITCH: Range = { min: 0, max: 1 };

const STRUCTURE_RANGES: Record<string, { range: Range; whole?: true }> = {
  [STRUCTURE_KEYS.insistenceScale]: { range: { min: INSISTENCE_SCALE.lo, max: INSISTENCE_SCALE.hi } },
  [STRUCTURE_KEYS.habitScale]: { range: { min: HABIT_SCALE.lo, max: HABIT_SCALE.hi } },
  // Switches: drawn as 0 or 1, nothing between.
  [STRUCTURE_KEYS.advocateChair]: { range: SWITCH, whole: true },
  [STRUCTURE_KEYS.textSought]: { range: SWITCH, whole: true },
};

/** Why a drawn value cannot be replayed, or undefined when it can. */
export function drawnProblem(key: string, value: number, participants: readonly string[]): string | undefined {
  if (key.startsWith('forum.')) {
    const known = STRUCTURE_RANGES[key];
    if (known === undefined)
      return `no drawn forum parameter "${key}"; expected one of ${Object.keys(STRUCTURE_RANGES).join(', ')}${didYouMean(key, Object.keys(STRUCTURE_RANGES))}`;
    if (known.whole) return value === 0 || value === 1 ? undefined : `expected 0 or 1, got ${value}`;
    return outside(known.range, value);
  }
  const dot = key.indexOf('.');
  const actor = dot > 0 ? key.slice(0, dot) : '';
  if (!participants.includes(actor))
    return `expected ACTOR.path with ACTOR a participant, got "${key}"${didYouMean(actor, participants)}`;
  const path = key.slice(dot + 1);
  if (!isNumericPath(path)) return `no numeric parameter "${path}"; drawn values are ${NUMERIC_PATH_HINT}`;
  return outside(rangeOf(path), value);
}

function outside({ min, max }: Range, value: number): string | undefined {
  return value >= min && value <= max ? undefined : `expected a number from ${min} to ${max}, got ${value}`;
}
