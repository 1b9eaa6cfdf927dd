// The three sequence invariants hold on the real carry-over and each catches the bug it is there
// for, planted in a copy of the mechanism.
import { describe, expect, it } from 'vitest';
import { checkSequence } from '../../src/analysis/sequenceCheck.js';
import { carryOffAlone, faceWalkouts, precedentCloser } from '../../src/analysis/invariants/sequence.js';
import { carriedNumber, carryOver, type CarryFunction } from '../../src/sequence/carry.js';
import { loadSequence } from '../../src/sequence/load.js';
import { sequenceOverrides } from '../../src/sequence/overrides.js';
import { CHANNELS, type CarrySettings } from '../../src/sequence/types.js';

const week = loadSequence('phnom-penh-2022');
const check = (invariant: typeof carryOffAlone, carry?: CarryFunction) =>
  checkSequence(week, {
    runs: 1,
    seed: 2,
    overrides: sequenceOverrides(week, []),
    invariants: [invariant],
    ...(carry ? { carry } : {}),
  }).invariants[0]!;

/** Planted: the switches are ignored, so something carries with every channel off. */
const ignoresSwitches: CarryFunction = (scenario, marks, meeting, settings) =>
  carryOver(
    scenario,
    marks,
    meeting,
    Object.fromEntries(CHANNELS.map((c) => [c, { ...settings[c], enabled: true }])) as CarrySettings,
  );

/** Planted: face lost calms a delegation down (its walkout triggers fall with the face it lost). */
const faceCalms: CarryFunction = (scenario, marks, meeting, settings) => {
  const out = carryOver(scenario, marks, meeting, { ...settings, face: { ...settings.face, enabled: false } });
  for (const id of scenario.participants) {
    const lost = marks.filter((m) => m.channel === 'face' && m.delegation === id).reduce((sum, m) => sum + m.amount, 0);
    for (const t of scenario.profiles[id]!.walkout)
      if (lost > 0 && scenario.participants.includes(t.whenSpeaks))
        out.push({
          meeting,
          delegation: id,
          channels: ['face'],
          path: `${id}.walkout.${t.whenSpeaks}`,
          before: String(t.probability),
          value: carriedNumber(t.probability / (1 + lost)),
          reason: 'planted',
        });
  }
  return out;
};

/** Planted: a precedent pulls the interval's near bound away from the agreed rung instead of toward it. */
const precedentRepels: CarryFunction = (scenario, marks, meeting, settings) =>
  carryOver(scenario, marks, meeting, settings).map((v) => {
    if (!v.channels.includes('precedent')) return v;
    const [actor, , issue, field] = v.path.split('.') as [string, string, string, 'min' | 'max'];
    const ladder = scenario.issues.find((i) => i.id === issue)!.ladder.map((r) => r.id);
    const position = scenario.profiles[actor]!.positions[issue]!;
    const away =
      field === 'min' ? Math.min(position.ideal, position.min + 1) : Math.max(position.ideal, position.max - 1);
    return { ...v, value: ladder[away]! };
  });

describe('sequence invariants', () => {
  it('hold, exercised, on the real carry-over', () => {
    for (const invariant of [carryOffAlone, faceWalkouts, precedentCloser])
      expect(check(invariant), invariant.id).toMatchObject({ status: 'pass', exercised: true });
  }, 120_000);

  it('carry-off-alone catches a mechanism that ignores the channel switches', () => {
    const report = check(carryOffAlone, ignoresSwitches);
    expect(report.status).toBe('fail');
    expect(report.counterexample!.message).toMatch(/differs from its run alone/);
  }, 120_000);

  it('face-walkouts catches face lost lowering walkout probabilities', () => {
    const report = check(faceWalkouts, faceCalms);
    expect(report.status).toBe('fail');
    expect(report.counterexample!.message).toMatch(/walkout probability .* falls to .* with face lost x2/);
  }, 120_000);

  it('precedent-closer catches a precedent that moves intervals away from its rung', () => {
    const report = check(precedentCloser, precedentRepels);
    expect(report.status).toBe('fail');
    expect(report.counterexample!.message).toMatch(/moved away from the agreed/);
  }, 120_000);
});
