// `forum-sim check`: every invariant on N random perturbations of a scenario, each a fast-check
// property, so a failure comes back shrunk to a short list of `--set` overrides and a seed.
import * as fc from 'fast-check';
import type { RunResult, Scenario } from '../domain/types.js';
import { runScenario } from '../engine/run.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import {
  effectiveScenario,
  fail,
  INVARIANTS,
  pass,
  runInput,
  type Engine,
  type Invariant,
  type RelatedRun,
  type RunInput,
  type Verdict,
} from './invariants.js';
import { mergeOverrides } from './overrideList.js';
import { perturbations, runSeeds, type PerturbationOptions } from './perturb.js';

export interface CheckOptions {
  /** Perturbations per invariant. */
  runs: number;
  /** Seed of the perturbations: the same seed checks the same cases. */
  seed: number;
  /** Overrides applied before every perturbation (the user's --params and --set). */
  base?: Overrides;
  invariants?: readonly Invariant[];
  /** The engine under test (runScenario unless a test plants a broken copy). */
  engine?: Engine;
  perturbation?: PerturbationOptions;
  onProgress?: (progress: CheckProgress) => void;
}

export interface CheckProgress {
  invariant: string;
  /** 0-based position of the invariant in the list, and the list's length. */
  index: number;
  count: number;
  phase: 'cases' | 'shrinking';
  /** Cases judged so far (while shrinking: shrink attempts). */
  done: number;
  runs: number;
}

/** One case of a property: a perturbation, a seed, and the free choice of the relational invariants. */
export interface CheckCase {
  overrides: Overrides;
  seed: string;
  variant: number;
}

export interface Counterexample {
  /** The run that breaks the invariant: seed and every override, in the order to apply them. */
  seed: string;
  overrides: Overrides;
  variant: number;
  message: string;
  related: RelatedRun[];
  shrinks: number;
}

export interface InvariantReport {
  id: string;
  title: string;
  status: 'pass' | 'fail';
  /** Cases judged (up to and including a failing one). */
  cases: number;
  /** Of those, the cases where the premise held (the rest pass vacuously). */
  applicable: number;
  /** Whether the premise held in some case: a pass whose premise never held tested nothing. */
  exercised: boolean;
  counterexample?: Counterexample;
}

export interface CheckReport {
  scenario: string;
  seed: number;
  runs: number;
  /** No invariant failed (one that was never exercised did not fail, but see notExercised). */
  ok: boolean;
  /** Ids of the invariants that passed only vacuously: their premise held in none of the cases. */
  notExercised: string[];
  invariants: InvariantReport[];
}

/** The arbitrary of cases for a scenario: what `checkScenario` draws from. */
export function checkCases(scenario: Scenario, options: PerturbationOptions = {}): fc.Arbitrary<CheckCase> {
  return fc.record({
    overrides: perturbations(scenario, options),
    seed: runSeeds(),
    variant: fc.nat({ max: 1_000_000 }),
  });
}

/** The run an invariant judges for a case: base, then perturbation, then the invariant's premise. */
export function caseInput(scenario: Scenario, base: Overrides, invariant: Invariant, c: CheckCase): RunInput {
  const input: RunInput = { scenario, seed: c.seed, overrides: mergeOverrides(base, c.overrides) };
  if (!invariant.premise) return input;
  return {
    ...input,
    overrides: mergeOverrides(input.overrides, invariant.premise(effectiveScenario(input), c.variant)),
  };
}

export function checkScenario(scenario: Scenario, options: CheckOptions): CheckReport {
  const base = options.base ?? {};
  const engine = options.engine ?? runScenario;
  const invariants = options.invariants ?? INVARIANTS;
  // Perturb the parameters the user's own overrides leave, within the ranges of that scenario.
  const cases = checkCases(applyOverrides(scenario, base), {
    ...options.perturbation,
    fixed: [...(options.perturbation?.fixed ?? []), ...Object.keys(base)],
  });
  // Invariants without a premise judge the same runs: run each once.
  const cache = new Map<string, RunResult>();
  const run = (input: RunInput): RunResult => {
    const key = `${input.seed}\u0000${JSON.stringify(input.overrides)}`;
    let result = cache.get(key);
    if (!result) {
      result = runInput(input, engine);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, result);
    }
    return result;
  };

  const reports = invariants.map((invariant, index): InvariantReport => {
    let done = 0;
    let applicable = 0;
    let failing = false;
    let shrinkTries = 0;
    const progress = (phase: CheckProgress['phase'], n: number) =>
      options.onProgress?.({
        invariant: invariant.id,
        index,
        count: invariants.length,
        phase,
        done: n,
        runs: options.runs,
      });
    const judge = (c: CheckCase): Verdict => {
      const input = caseInput(scenario, base, invariant, c);
      return invariant.judge(input, run(input), { engine, variant: c.variant });
    };
    const details = fc.check(
      fc.property(cases, (c) => {
        if (failing) progress('shrinking', ++shrinkTries);
        const verdict = judge(c);
        if (!failing) {
          done++;
          if (verdict.applies) applicable++;
          if (!verdict.holds) failing = true;
          progress('cases', done);
        }
        return verdict.holds;
      }),
      { numRuns: options.runs, seed: options.seed },
    );
    const report: InvariantReport = {
      id: invariant.id,
      title: invariant.title,
      status: details.failed ? 'fail' : 'pass',
      cases: done,
      applicable,
      exercised: applicable > 0,
    };
    if (details.failed && details.counterexample) {
      const [c] = details.counterexample;
      const input = caseInput(scenario, base, invariant, c);
      let message: string;
      let related: RelatedRun[] = [];
      try {
        const verdict = judge(c);
        message = verdict.message ?? 'the invariant does not hold';
        related = verdict.related ?? [];
      } catch (error) {
        message = `the run failed: ${(error as Error).message}`;
      }
      report.counterexample = {
        seed: input.seed,
        overrides: input.overrides,
        variant: c.variant,
        message,
        related,
        shrinks: details.numShrinks,
      };
    } else if (details.failed) {
      report.counterexample = {
        seed: '',
        overrides: {},
        variant: 0,
        message: `fast-check stopped: ${String(details.errorInstance ?? 'no counterexample')}`,
        related: [],
        shrinks: 0,
      };
    }
    return report;
  });
  return checkReport(scenario.id, options, reports);
}

/** The whole report from each invariant's: ok when all pass; a pass no case exercised is named. */
export function checkReport(
  id: string,
  options: { seed: number; runs: number },
  reports: InvariantReport[],
): CheckReport {
  return {
    scenario: id,
    seed: options.seed,
    runs: options.runs,
    ok: reports.every((r) => r.status === 'pass'),
    notExercised: reports.filter((r) => r.status === 'pass' && !r.exercised).map((r) => r.id),
    invariants: reports,
  };
}

/**
 * An invariant that is false on purpose: "every forum issues some statement". A forum whose
 * fallback is `none` ends with no statement when consensus fails, so `check` finds, shrinks and
 * prints a counterexample (typically `--set forum.fallback=none`). For demonstrating a failure.
 */
export const demoFalseInvariant: Invariant = {
  id: 'demo-false',
  title: 'every forum issues some statement (false on purpose, to show what a failure looks like)',
  judge: (_input, result) =>
    result.outcome === 'no-statement'
      ? fail(`the forum ended with no statement after ${result.rounds} round(s)`)
      : pass(),
};
