// The arbitraries of forum-sim/testing build valid inputs and cover the ranges they promise.
import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as entry from 'forum-sim/testing';
import {
  applyOverrides,
  builtinScenarioIds,
  delegationProfile,
  forums,
  issueLadder,
  issueLadders,
  knobs,
  loadScenario,
  perturbations,
  position,
  propertySettings,
  propertyTimeout,
  withHash,
  type Scenario,
} from '../../src/testing/index.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });

/** Everything the engine and the loader take for granted about a Scenario. */
function expectValid(s: Scenario): void {
  expect(s.participants).toEqual([...new Set(s.participants)].sort());
  expect(Object.keys(s.profiles).sort()).toEqual(s.participants);
  expect(s.participants).toContain(s.chair);
  expect(s.participants).toContain(s.host);
  expect(s.absent).not.toContain(s.chair);
  for (const id of s.absent) expect(s.participants).toContain(id);
  expect(Object.keys(s.draft).length).toBeGreaterThan(0);
  for (const [issue, rung] of Object.entries(s.draft)) {
    const def = s.issues.find((i) => i.id === issue)!;
    expect(rung).toBeGreaterThanOrEqual(0);
    expect(rung).toBeLessThan(def.ladder.length);
  }
  for (const issue of s.issues) {
    expect(issue.ladder[0]).toEqual({ id: 'omit', text: null });
    for (const rung of issue.ladder.slice(1)) expect(rung.text).toBeTruthy();
  }
  for (const id of s.participants) {
    const p = s.profiles[id]!;
    expect(p.id).toBe(id);
    for (const [issue, pos] of Object.entries(p.positions)) {
      const size = s.issues.find((i) => i.id === issue)!.ladder.length;
      expect(0 <= pos.min && pos.min <= pos.ideal && pos.ideal <= pos.max && pos.max < size).toBe(true);
      expect(pos.salience).toBeGreaterThanOrEqual(0);
      expect(pos.salience).toBeLessThanOrEqual(1);
    }
    for (const v of [p.reservation, p.patience, p.capability, p.faceSensitivity, ...Object.values(p.susceptibility)])
      expect(v >= 0 && v <= 1).toBe(true);
    expect(p.risk >= -1 && p.risk <= 1).toBe(true);
    for (const t of p.walkout) expect(s.participants).toContain(t.whenSpeaks);
    if (p.lobbying) {
      for (const t of p.lobbying.targets) expect(s.participants).toContain(t);
      for (const i of p.lobbying.issues) expect(s.issues.map((x) => x.id)).toContain(i);
    }
  }
  const { hash, source, ...content } = s;
  expect(withHash(content, source).hash).toBe(hash);
}

describe(`forum-sim/testing arbitraries (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([forums()], settings)('random forums are valid scenarios', (s) => {
    expectValid(s);
  });

  it('random forums span 2 to 40 delegations, 1 to 6 issues, every fallback, speaking order and decision rule, noise off and on', () => {
    const sample = fc.sample(forums(), { numRuns: 400, seed: settings.seed });
    const sizes = sample.map((s) => s.participants.length);
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBe(40);
    expect(new Set(sample.map((s) => s.issues.length))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(sample.map((s) => s.rules.fallback))).toEqual(new Set(entry.FALLBACKS));
    expect(new Set(sample.map((s) => s.rules.speakingOrder))).toEqual(new Set(entry.SPEAKING_ORDERS));
    expect(new Set(sample.map((s) => s.rules.decisionRule))).toEqual(new Set(entry.DECISION_RULES));
    expect(sample.some((s) => s.rules.noise === 0) && sample.some((s) => s.rules.noise > 0)).toBe(true);
    expect(sample.some((s) => s.absent.length > 0)).toBe(true);
    expect(sample.some((s) => s.participants.some((id) => s.profiles[id]!.lobbying))).toBe(true);
    expect(sample.some((s) => s.participants.some((id) => s.profiles[id]!.walkout.length > 0))).toBe(true);
    expect(sample.some((s) => s.issues.some((i) => !i.droppable))).toBe(true);
  });

  it('constraints narrow the forums', () => {
    for (const s of fc.sample(
      forums({
        delegations: { min: 3, max: 5 },
        issues: { min: 2, max: 2 },
        noise: 'off',
        walkouts: false,
        lobbying: false,
        absent: false,
      }),
      { numRuns: 100, seed: 1 },
    )) {
      expectValid(s);
      expect(s.participants.length).toBeGreaterThanOrEqual(3);
      expect(s.participants.length).toBeLessThanOrEqual(5);
      expect(s.issues).toHaveLength(2);
      expect(s.rules.noise).toBe(0);
      expect(s.absent).toEqual([]);
      for (const id of s.participants) expect(s.profiles[id]!.walkout.concat()).toEqual([]);
      for (const id of s.participants) expect(s.profiles[id]!.lobbying).toBeNull();
    }
  });

  it('ladders, positions and profiles on their own', () => {
    for (const issue of fc.sample(issueLadder('war', { min: 3, max: 3 }), { numRuns: 20, seed: 1 }))
      expect(issue.ladder.map((r) => r.id)).toEqual(['omit', 'war-r1', 'war-r2']);
    for (const list of fc.sample(issueLadders({ min: 1, max: 6 }), { numRuns: 50, seed: 1 }))
      expect(list.map((i) => i.id)).toEqual(list.map((_, k) => `i${k + 1}`));
    for (const p of fc.sample(position(5), { numRuns: 100, seed: 1 }))
      expect(0 <= p.min && p.min <= p.ideal && p.ideal <= p.max && p.max <= 4).toBe(true);
    const ladders = fc.sample(issueLadders(), { numRuns: 1, seed: 2 })[0]!;
    for (const p of fc.sample(delegationProfile('SGP', ladders, ['USA', 'RUS']), { numRuns: 50, seed: 1 })) {
      expect(p.id).toBe('SGP');
      expect(Object.keys(p.positions).every((i) => ladders.some((l) => l.id === i))).toBe(true);
    }
  });

  it('attributed rungs and stated firmness only when asked; asked, both appear and stay valid', () => {
    const plain = fc.sample(forums(), { numRuns: 200, seed: settings.seed });
    expect(plain.some((s) => s.issues.some((i) => i.ladder.some((r) => r.attributes !== undefined)))).toBe(false);
    expect(
      plain.some((s) =>
        s.participants.some((id) => Object.values(s.profiles[id]!.positions).some((p) => p.firmness !== undefined)),
      ),
    ).toBe(false);
    const rich = fc.sample(forums({ attributed: true, firmness: 'any' }), { numRuns: 200, seed: settings.seed });
    const firmness = rich.flatMap((s) =>
      s.participants.flatMap((id) =>
        Object.values(s.profiles[id]!.positions)
          .filter((p) => p.hard)
          .map((p) => p.firmness),
      ),
    );
    expect(firmness.some((f) => f === 1) && firmness.some((f) => f !== undefined && f < 1)).toBe(true);
    for (const s of rich) {
      expectValid(s);
      for (const id of s.participants)
        for (const p of Object.values(s.profiles[id]!.positions)) if (!p.hard) expect(p.firmness).toBeUndefined();
      for (const issue of s.issues) {
        const ids = issue.ladder.map((r) => r.id);
        issue.ladder.forEach((r, k) => {
          if (r.attributes === undefined) return;
          const o = ids.indexOf(r.attributes);
          // Next to an owned rung above omit.
          expect(o > 0 && Math.abs(o - k) === 1 && issue.ladder[o]!.attributes === undefined).toBe(true);
        });
      }
    }
    expect(
      rich.filter((s) => s.issues.some((i) => i.ladder.some((r) => r.attributes !== undefined))).length,
    ).toBeGreaterThan(100);
    for (const p of fc.sample(position(5, { firmness: 'any' }), { numRuns: 100, seed: 1 }))
      expect(p.firmness === undefined || (p.hard && p.firmness >= 0 && p.firmness <= 1)).toBe(true);
  });

  const builtins = builtinScenarioIds().map((id) => loadScenario(id));
  test.prop(
    [fc.constantFrom(...builtins).chain((s) => fc.tuple(fc.constant(s), perturbations(s, { maxChanges: 8 })))],
    settings,
  )('perturbations of the built-in scenarios are valid overrides within their ranges', ([s, overrides]) => {
    expect(Object.keys(overrides).length).toBeLessThanOrEqual(8 * 3);
    const changed = applyOverrides(s, overrides);
    expect(changed.participants).toEqual(s.participants);
    expect(changed.rules.roundLimit).toBeLessThanOrEqual(12);
  });

  it('perturbation knobs cover every delegation parameter and the forum rules', () => {
    const arf = loadScenario('arf-2022');
    const keys = knobs(arf).map((k) => k.key);
    for (const key of [
      'SGP.reservation',
      'SGP.patience',
      'SGP.risk',
      'SGP.capability',
      'SGP.faceSensitivity',
      'SGP.susceptibility.USA',
      'USA.walkout.RUS',
      'USA.lobbying.strength',
      'USA.lobbying.style',
      'USA.lobbying.targets',
      'USA.lobbying.issues',
      'RUS.positions.ukraine',
      'RUS.positions.ukraine.hard',
      'RUS.positions.ukraine.salience',
      'forum.roundLimit',
      'forum.fallback',
      'forum.speakingOrder',
      'forum.noise',
      'forum.chair',
      'forum.host',
      'forum.draft.trade',
    ]) {
      expect(keys).toContain(key);
    }
    expect(knobs(arf, { forum: false }).some((k) => k.key.startsWith('forum.'))).toBe(false);
  });
});

describe('propertySettings', () => {
  it('reads the run count and seed from the environment, with defaults', () => {
    expect(propertySettings({ env: {} })).toEqual({ numRuns: 200, seed: 20220805 });
    expect(propertySettings({ env: { FORUM_SIM_PROP_RUNS: '1000', FORUM_SIM_PROP_SEED: '7' } })).toEqual({
      numRuns: 1000,
      seed: 7,
    });
    expect(propertySettings({ env: { FORUM_SIM_PROP_RUNS: '300' }, scale: 0.5 })).toEqual({
      numRuns: 150,
      seed: 20220805,
    });
    expect(() => propertySettings({ env: { FORUM_SIM_PROP_RUNS: 'lots' } })).toThrow(
      'FORUM_SIM_PROP_RUNS must be a whole number >= 1, got "lots"',
    );
  });
});

describe('the package entry point', () => {
  it('forum-sim/testing is what src/testing/index.ts exports', async () => {
    const source = await import('../../src/testing/index.js');
    expect(Object.keys(entry).sort()).toEqual(Object.keys(source).sort());
    expect(entry.forums).toBe(source.forums);
  });
});
