// A room of fewer than two delegations (everyone but the chair absent) adopts no joint statement:
// it ends in the forum's fallback, with a reason that says why, and the summary says so too.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/format.js';
import { runScenario } from '../../src/engine/run.js';
import { fallback, judgeRun, soundness, unanimity, type Scenario } from '../../src/testing/index.js';
import { position, profile, scenario } from '../support/build.js';

const agreeable = [
  profile('AAA', { war: position(2, 1, 3), trade: position(1, 0, 2) }),
  profile('BBB', { war: position(2, 1, 4), trade: position(1, 1, 2) }),
  profile('CCC', { war: position(3, 2, 4), trade: position(2, 0, 2) }),
];
const draft = { war: 2, trade: 1 };
const alone = (extra: Partial<Scenario['rules']> = {}) => {
  const s = scenario(agreeable, { draft, absent: ['BBB', 'CCC'] });
  return { ...s, rules: { ...s.rules, ...extra } };
};
const outcomeReason = (s: Scenario) => runScenario(s, { seed: 1 }).transcript.find((e) => e.type === 'outcome')?.reason;

describe('an empty room', () => {
  it('a room of two that agrees still adopts its joint statement', () => {
    const pair = runScenario(scenario(agreeable, { draft, absent: ['CCC'] }), { seed: 1 });
    expect(pair.outcome).toBe('joint-statement');
  });

  it("the chair alone: the chair's statement (its fallback), no consensus text, and the reason why", () => {
    const s = alone();
    const result = runScenario(s, { seed: 1 });
    expect(result.outcome).toBe('chair-statement');
    expect(result.consensus).toBeNull();
    expect(result.delegations.AAA).toEqual({ stance: 'supporting', present: true });
    expect(outcomeReason(s)).toBe(
      'fewer than two delegations present (1): no joint statement; fallback: chair-statement',
    );
    const summary = formatSummary(s, result).split('\n');
    expect(summary[1]).toBe('Outcome: chair-statement after 5 of 5 round(s)');
    expect(summary[2]).toBe('Fewer than two delegations present (1): no joint statement, nobody to agree with');
  });

  it('with no fallback: no statement at all', () => {
    const s = alone({ fallback: 'none' });
    const result = runScenario(s, { seed: 1 });
    expect(result.outcome).toBe('no-statement');
    expect(result.statement).toBeNull();
    expect(outcomeReason(s)).toBe('fewer than two delegations present (1): no joint statement; fallback: none');
  });

  it("a standing chairman's statement is issued, with no consensus text beside it", () => {
    const s = alone({ standingProduct: 'chair-statement' });
    const result = runScenario(s, { seed: 1 });
    expect(result.outcome).toBe('chair-statement');
    expect(result.consensus).toBeNull();
    expect(outcomeReason(s)).toBe(
      "the chairman's statement, as ever; fewer than two delegations present (1): no consensus text",
    );
  });

  it('the fallback, soundness and unanimity invariants hold on it', () => {
    for (const s of [alone(), alone({ fallback: 'none' }), alone({ standingProduct: 'chair-statement' })]) {
      for (const invariant of [fallback, soundness, unanimity])
        expect(judgeRun(invariant, { scenario: s, seed: '1', overrides: {} }).verdict).toMatchObject({ holds: true });
    }
  });

  it('the soundness invariant catches an engine that adopts in an empty room', () => {
    const adoptsAlone = (s: Scenario, o: Parameters<typeof runScenario>[1]) => ({
      ...runScenario(s, o),
      outcome: 'joint-statement' as const,
      statement: { paragraphs: [] },
    });
    const { verdict } = judgeRun(soundness, { scenario: alone(), seed: '1', overrides: {} }, { engine: adoptsAlone });
    expect(verdict).toMatchObject({ holds: false });
    expect(verdict.message).toContain('only 1 delegation(s) present');
  });
});
