// checkScenario: the invariants on random perturbations of a scenario, with shrunk counterexamples.
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { caseInput, checkCases, checkScenario, demoFalseInvariant } from '../../src/analysis/check.js';
import {
  applyOverrides,
  builtinScenarioIds,
  INVARIANTS,
  loadScenario,
  pass,
  runScenario,
  soundness,
  type Engine,
} from '../../src/testing/index.js';

describe('checkScenario', () => {
  it('every invariant holds on a built-in scenario, each on the same number of cases', () => {
    const report = checkScenario(loadScenario('amm-2022'), { runs: 25, seed: 7 });
    expect(report.ok).toBe(true);
    expect(report.invariants.map((r) => r.id)).toEqual(INVARIANTS.map((i) => i.id));
    for (const r of report.invariants) {
      expect(r).toMatchObject({ status: 'pass', cases: 25 });
      expect(r.applicable).toBeGreaterThan(0);
      expect(r.applicable).toBeLessThanOrEqual(25);
    }
  });

  it('the same seed checks the same cases', () => {
    const arf = loadScenario('arf-2022');
    const a = fc.sample(checkCases(arf), { numRuns: 20, seed: 3 });
    const b = fc.sample(checkCases(arf), { numRuns: 20, seed: 3 });
    expect(b).toEqual(a);
  });

  it('every perturbation of every built-in scenario is a valid set of overrides (after any premise)', () => {
    for (const id of builtinScenarioIds()) {
      const s = loadScenario(id);
      for (const c of fc.sample(checkCases(s), { numRuns: 60, seed: 11 })) {
        for (const invariant of INVARIANTS)
          expect(
            () => applyOverrides(s, caseInput(s, {}, invariant, c).overrides),
            `${id} ${invariant.id}`,
          ).not.toThrow();
      }
    }
  });

  it('finds a bug planted in a copy of the engine, and shrinks the case to the premise alone', () => {
    // The copy calls a failed forum a joint statement: soundness must catch it.
    const lying: Engine = (s, o) => {
      const r = runScenario(s, o);
      return r.outcome === 'chair-statement' ? { ...r, outcome: 'joint-statement' } : r;
    };
    // A forum whose joint statement can fail (the ARF issues its chairman's statement every time):
    // APEC's trade ministers with a chair not licensed to drop what divides (by default it may, and
    // then even the premise's agreeable room on seed 0 adopts a text the lie leaves alone).
    const apec = loadScenario('apec-mrt-2022');
    const base = { 'forum.habit.dropLicence': '0' };
    const report = checkScenario(apec, { runs: 50, seed: 1, base, engine: lying, invariants: [soundness] });
    const [r] = report.invariants;
    expect(report.ok).toBe(false);
    expect(r!.status).toBe('fail');
    expect(r!.cases).toBeLessThanOrEqual(50);
    const c = r!.counterexample!;
    expect(c.message).toMatch(/^joint statement adopted although /);
    expect(c.seed).toBe('0');
    // Shrunk: no perturbation is left, the variant is 0, and the overrides are the base's and the premise's alone.
    expect(c.variant).toBe(0);
    expect(c.overrides).toEqual(caseInput(apec, base, soundness, { overrides: {}, seed: '0', variant: 0 }).overrides);
    expect(c.shrinks).toBeGreaterThan(0);
    // The real engine, on the same inputs, is sound.
    expect(runScenario(apec, { seed: c.seed, overrides: c.overrides }).outcome).toBe('chair-statement');
  });

  it('the demo invariant is false, and its counterexample shrinks to one override', () => {
    // The G20 foreign ministers: a joint statement that can fail (the ARF's chairman's statement never does).
    const report = checkScenario(loadScenario('g20-fmm-2022'), {
      runs: 100,
      seed: 1,
      invariants: [demoFalseInvariant],
    });
    const c = report.invariants[0]!.counterexample!;
    expect(c.overrides).toEqual({ 'forum.fallback': 'none' });
    expect(c.seed).toMatch(/^\d+$/);
    expect(runScenario(loadScenario('g20-fmm-2022'), { seed: c.seed, overrides: c.overrides }).outcome).toBe(
      'no-statement',
    );
  });

  it('base overrides come first and stay in every case', () => {
    const arf = loadScenario('arf-2022');
    const seen: string[] = [];
    const spy = {
      ...demoFalseInvariant,
      judge: (input: Parameters<typeof demoFalseInvariant.judge>[0]) => (
        seen.push(Object.keys(input.overrides)[0] ?? ''),
        { holds: true, applies: true }
      ),
    };
    checkScenario(arf, { runs: 10, seed: 1, base: { 'forum.roundLimit': '2' }, invariants: [spy] });
    expect(seen).toHaveLength(10);
    expect(new Set(seen)).toEqual(new Set(['forum.roundLimit']));
  });

  it('names an invariant whose premise never held as not exercised, apart from those that were tested', () => {
    const neverApplies = { id: 'never-applies', title: 'a premise that never holds', judge: () => pass(false) };
    const report = checkScenario(loadScenario('amm-2022'), {
      runs: 5,
      seed: 1,
      invariants: [INVARIANTS[1]!, neverApplies],
    });
    expect(report.ok).toBe(true);
    expect(report.notExercised).toEqual(['never-applies']);
    expect(report.invariants.map((r) => [r.id, r.status, r.applicable, r.exercised])).toEqual([
      ['termination', 'pass', 5, true],
      ['never-applies', 'pass', 0, false],
    ]);
  });

  it('reports progress per case', () => {
    const progress: string[] = [];
    checkScenario(loadScenario('amm-2022'), {
      runs: 3,
      seed: 1,
      invariants: [INVARIANTS[1]!],
      onProgress: (p) => progress.push(`${p.invariant} ${p.phase} ${p.done}/${p.runs}`),
    });
    expect(progress).toEqual(['termination cases 1/3', 'termination cases 2/3', 'termination cases 3/3']);
  });
});
