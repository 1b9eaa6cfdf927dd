// The UI's only door to the simulator: the same public functions the CLI uses.
import { runScenario } from '../engine/run.js';
import type { RunResult, Scenario } from '../domain/types.js';
import { InputError, formatProblem } from '../scenario/errors.js';
import { builtinScenarioIds, loadScenario } from '../scenario/loader.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';

export type { Overrides };

export interface ScenarioEntry {
  ref: string;
  scenario: Scenario | null;
  /** Why it could not be loaded, one line per problem. */
  error: string | null;
}

export function scenarioEntries(extraRefs: readonly string[] = []): ScenarioEntry[] {
  return [...extraRefs, ...builtinScenarioIds().filter((id) => !extraRefs.includes(id))].map((ref) => {
    try {
      return { ref, scenario: loadScenario(ref), error: null };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { ref, scenario: null, error: error.problems.map(formatProblem).join('\n') };
    }
  });
}

export function play(scenario: Scenario, overrides: Overrides, seed: string): RunResult {
  return runScenario(scenario, { seed, overrides, transcript: true });
}

/** The scenario as a run with these overrides sees it, or the reason the overrides are invalid. */
export function withOverrides(scenario: Scenario, overrides: Overrides): { scenario: Scenario } | { error: string } {
  try {
    return { scenario: applyOverrides(scenario, overrides, 'edit') };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.problems.map((p) => p.message).join('; ') };
  }
}

/** A run's outcome without its transcript, for views that show no log (the comparison). */
export function playOutcome(scenario: Scenario, overrides: Overrides, seed: string): RunResult {
  return runScenario(scenario, { seed, overrides, transcript: false });
}
