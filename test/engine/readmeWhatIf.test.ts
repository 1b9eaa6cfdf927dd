// The what-if pair shown in the README must stay true (an exact what-if: uncertainty off).
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';

describe('README what-if: Singapore holding its Ukraine floor as a red line', () => {
  const scenario = loadScenario('asean-russia-2022');
  it('adopts a joint statement by default, with Ukraine at peace-dialogue', () => {
    const result = runScenario(scenario, { seed: 3, overrides: { 'forum.uncertainty': 'off' }, transcript: false });
    expect(result.outcome).toBe('joint-statement');
    expect(result.rounds).toBe(3);
    expect(result.statement!.paragraphs.find((p) => p.issue === 'ukraine')!.rung).toBe('peace-dialogue');
  });
  it('falls back to a chair statement once the floor is hard, with Singapore blocking the omitted paragraph', () => {
    const result = runScenario(scenario, { seed: 3, overrides: { 'forum.uncertainty': 'off', 'SGP.positions.ukraine.hard': 'true' }, transcript: false });
    expect(result.outcome).toBe('chair-statement');
    expect(result.blockers).toContainEqual({ actor: 'SGP', issue: 'ukraine', rung: 'omit' });
    expect(result.delegations.SGP!.stance).toBe('blocking');
  });
});
