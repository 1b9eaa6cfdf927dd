// What a meeting puts at stake, from its level and its host, and how long its preparatory track
// runs. Leaders rarely negotiate text in the room: officials prepare it over weeks (PRACTICE.md,
// "Preparation"); a one-day ministerial has far less room. Numbers assumed.
import { stakes } from '../actors/pressure.js';
import type { Level, Scenario } from '../domain/types.js';
import { habitOf } from './habits.js';

/** Rounds of the preparatory track when the forum does not say (assumed). */
export const DEFAULT_PREPARATION: Record<Level, number> = { officials: 0, ministers: 1, leaders: 4 };
/** A host's investment in a result when the forum does not say (assumed). */
export const DEFAULT_HOST_INVESTMENT = 0.3;
/** How much of a walkout's probability a delegation gives up for each unit of stakes (assumed). */
export const PROTEST_RESTRAINT = 0.6;

/** The forum's stakes: its failure cost (its kind's habit, else its level's) and its host's investment. */
export function forumStakes(scenario: Scenario, failureCost: number = habitOf(scenario).failureCost): number {
  return stakes(failureCost, scenario.rules.hostInvestment ?? DEFAULT_HOST_INVESTMENT);
}

export function preparationRounds(scenario: Scenario): number {
  // A vote has no preparatory track in the model: the text is fixed when it is tabled.
  if (scenario.rules.decisionRule !== 'consensus') return 0;
  return scenario.rules.preparation ?? DEFAULT_PREPARATION[scenario.level];
}

/**
 * A protest is costlier where more is at stake: storming out of a summit the host has invested
 * in loses more face than leaving a ministerial speech.
 */
export function protestProbability(probability: number, forumStakes: number): number {
  return probability * (1 - PROTEST_RESTRAINT * forumStakes);
}
