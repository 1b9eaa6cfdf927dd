// Every shipped scenario runs to completion for seeds 1..20, in-process, with a well-formed result.
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { HABIT_SCALE, INSISTENCE_SCALE, STRUCTURE_KEYS } from '../../src/engine/structure.js';
import { builtinScenarioIds, loadScenario } from '../../src/scenario/loader.js';
import { VERSION } from '../../src/version.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** The range a drawn value must lie in: a structural draw's own triangle, else the parameter's. */
function drawnRange(key: string): { min: number; max: number } {
  if (key === STRUCTURE_KEYS.insistenceScale) return { min: INSISTENCE_SCALE.lo, max: INSISTENCE_SCALE.hi };
  if (key === STRUCTURE_KEYS.habitScale) return { min: HABIT_SCALE.lo, max: HABIT_SCALE.hi };
  return { min: key.endsWith('.risk') ? -1 : 0, max: 1 };
}

/** The structural draws that are yes/no, recorded as 0 or 1. */
const FLAGS: readonly string[] = [STRUCTURE_KEYS.advocateChair, STRUCTURE_KEYS.textSought];

describe.each(builtinScenarioIds())('%s', (id) => {
  const scenario = loadScenario(id);

  it('completes for seeds 1..20 with a well-formed result', () => {
    for (const seed of SEEDS) {
      const r = runScenario(scenario, { seed, transcript: false });
      const at = `${id} seed ${seed}`;
      expect(OUTCOMES, at).toContain(r.outcome);
      expect(r.scenario, at).toBe(id);
      expect(r.seed, at).toBe(String(seed));
      expect(r.rounds, at).toBeGreaterThanOrEqual(1);
      expect(r.rounds, at).toBeLessThanOrEqual(scenario.rules.roundLimit);
      expect(Object.keys(r.delegations).sort(), at).toEqual(scenario.participants);
      expect(r.inputs, at).toMatchObject({
        scenarioHash: scenario.hash,
        overrides: {},
        seed: String(seed),
        version: VERSION,
        uncertainty: 'on',
      });
      // Every drawn value stays inside its parameter's range.
      for (const [key, value] of Object.entries(r.inputs.drawn)) {
        const { min, max } = drawnRange(key);
        expect(value, `${at} ${key}`).toBeGreaterThanOrEqual(min);
        expect(value, `${at} ${key}`).toBeLessThanOrEqual(max);
        if (FLAGS.includes(key)) expect([0, 1], `${at} ${key}`).toContain(value);
      }
      // Each run draws its structure: all four keys, none of them left out.
      expect(Object.keys(r.inputs.drawn), at).toEqual(expect.arrayContaining(Object.values(STRUCTURE_KEYS)));
      // A statement exactly when the outcome has one; blockers only name participants.
      expect(r.statement === null, at).toBe(r.outcome === 'no-statement');
      for (const b of r.blockers) expect(scenario.participants, at).toContain(b.actor);
      if (r.outcome === 'joint-statement') expect(r.blockers, at).toEqual([]);
      for (const p of r.statement?.paragraphs ?? []) expect(Object.keys(scenario.draft), at).toContain(p.issue);
    }
  });

  it('is a pure function of the seed', () => {
    const a = runScenario(scenario, { seed: 11 });
    const b = runScenario(loadScenario(id), { seed: '11' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
