// Structural uncertainty (model v3): besides each delegation's numbers, a run draws what nobody
// can state for a meeting in advance: how firmly insistence is held this time, how strong the
// forum's habit is, whether the chair turns advocate, and, at a chair's-statement forum, whether
// a consensus text is tabled beside it at all. So contested rooms get probabilities between the
// extremes instead of the same answer every run. Drawn from their own seeded stream (after the
// delegations' parameters), recorded in `inputs.drawn` under `forum.structure.*` for replay.
import type { Scenario } from '../domain/types.js';
import type { ForumHabit } from '../domain/types.js';
import { isOn } from './mechanisms.js';
import { createRng } from './rng.js';
import { triangular, type Triangle } from './uncertainty.js';

export interface Structure {
  /** Multiplies every insistence below 1 (capped below 1). */
  insistenceScale: number;
  /** Multiplies the forum's failure cost (capped at 1). */
  habitScale: number;
  /** Whether a broker chair drafts as an advocate this run. */
  advocateChair: boolean;
  /** Whether a consensus text is sought at all (always at a consensus-text forum). */
  textSought: boolean;
}

/** The stated structure: what a run without uncertainty uses. */
export const STATED_STRUCTURE: Structure = {
  insistenceScale: 1,
  habitScale: 1,
  advocateChair: false,
  textSought: true,
};

/** Spreads of the structural draws (assumed). */
export const INSISTENCE_SCALE: Triangle = { lo: 0.5, mode: 1, hi: 1.5 };
export const HABIT_SCALE: Triangle = { lo: 0.6, mode: 1, hi: 1.4 };
/** The chance a broker chair pushes its own line this time (assumed: AMM 2012 is the record's one case in 45 years). */
export const ADVOCATE_CHANCE = 0.1;

export const STRUCTURE_KEYS = {
  insistenceScale: 'forum.structure.insistence',
  habitScale: 'forum.structure.habit',
  advocateChair: 'forum.structure.advocate',
  textSought: 'forum.structure.text',
} as const;

/** Without the draws, a standing chair's-statement forum seeks a text when its habit says more likely than not. */
export const textSoughtUndrawn = (habit: ForumHabit): boolean => habit.separateText >= 0.5;

export function drawStructure(
  scenario: Scenario,
  habit: ForumHabit,
  seed: string,
  replay: Readonly<Record<string, number>> = {},
): { structure: Structure; drawn: Record<string, number> } {
  if (!scenario.uncertainty.enabled || !isOn(scenario, 'structure'))
    return { structure: { ...STATED_STRUCTURE, textSought: textSoughtUndrawn(habit) }, drawn: {} };
  const rng = createRng(`${seed}#structure`);
  const u = [rng.next(), rng.next(), rng.next(), rng.next()];
  const pick = (key: string, draw: number) => (Object.hasOwn(replay, key) ? replay[key]! : draw);
  const insistenceScale = pick(STRUCTURE_KEYS.insistenceScale, triangular(INSISTENCE_SCALE, u[0]!));
  const habitScale = pick(STRUCTURE_KEYS.habitScale, triangular(HABIT_SCALE, u[1]!));
  const advocate = pick(STRUCTURE_KEYS.advocateChair, u[2]! < ADVOCATE_CHANCE ? 1 : 0);
  const text = pick(STRUCTURE_KEYS.textSought, u[3]! < habit.separateText ? 1 : 0);
  const structure = { insistenceScale, habitScale, advocateChair: advocate === 1, textSought: text === 1 };
  return {
    structure,
    drawn: {
      [STRUCTURE_KEYS.insistenceScale]: insistenceScale,
      [STRUCTURE_KEYS.habitScale]: habitScale,
      [STRUCTURE_KEYS.advocateChair]: advocate,
      [STRUCTURE_KEYS.textSought]: text,
    },
  };
}
