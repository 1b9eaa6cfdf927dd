// Every shipped scenario runs to completion for seeds 1..20, in-process, with a well-formed result.
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { builtinScenarioIds, loadScenario } from '../../src/scenario/loader.js';
import { VERSION } from '../../src/version.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

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
        const min = key.endsWith('.risk') ? -1 : 0;
        expect(value, `${at} ${key}`).toBeGreaterThanOrEqual(min);
        expect(value, `${at} ${key}`).toBeLessThanOrEqual(1);
      }
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
