// The invariants of a meeting sequence, each judged on one chain seed against a carry-over
// mechanism (carryOver unless a test plants a broken copy):
//   carry-off-alone:    with every channel off, each meeting equals its forum run alone on its seed;
//   face-walkouts:      scaling up the face lost at earlier meetings never lowers any delegation's
//                       walkout probability (after the meeting's stakes restrain it) toward anyone;
//   precedent-closer:   a precedent never moves any delegation's interval away from the agreed rung
//                       (so no one who could accept it stops, and the rung is never harder to adopt).
// (b) and (c) compare the mechanism's output on the marks the chain actually left, paired meeting by
// meeting: the same scenario, the same earlier meetings, only the face scale or the precedent differs.
import type { Scenario } from '../../domain/types.js';
import { runScenario } from '../../engine/run.js';
import { forumStakes, protestProbability } from '../../engine/stakes.js';
import { applyOverrides, type Overrides } from '../../scenario/overrides.js';
import { carryOver, type CarryFunction } from '../../sequence/carry.js';
import { meetingSeed, runSequence } from '../../sequence/chain.js';
import type { SequenceOverrides } from '../../sequence/overrides.js';
import { CHANNELS, type CarrySettings, type Mark, type Sequence, type SequenceRun } from '../../sequence/types.js';
import { fail, pass, type Verdict } from './core.js';

export interface SequenceCase {
  sequence: Sequence;
  seed: string;
  overrides: SequenceOverrides;
  carry: CarryFunction;
  /** The chain run with carry-over as set (shared by the invariants of one seed). */
  chain: () => SequenceRun;
}

export interface SequenceInvariant {
  readonly id: string;
  readonly title: string;
  judge(c: SequenceCase): Verdict;
}

/** How much more face the face invariant compares against (x2, capped at 1 per mark). */
export const FACE_SCALE = 2;

const allOff = (carry: CarrySettings): CarrySettings =>
  Object.fromEntries(CHANNELS.map((c) => [c, { ...carry[c], enabled: false }])) as CarrySettings;

export const carryOffAlone: SequenceInvariant = {
  id: 'carry-off-alone',
  title: 'with nothing carried over, each meeting equals its forum run alone on the same seed',
  judge(c) {
    const off = { ...c.overrides, carry: allOff(c.overrides.carry) };
    const chain = runSequence(c.sequence, { seed: c.seed, overrides: off, carry: c.carry });
    for (const m of chain.meetings) {
      const alone = runScenario(m.meeting.scenario, {
        seed: meetingSeed(c.seed, m.index),
        overrides: m.userOverrides,
        transcript: true,
      });
      if (JSON.stringify(alone) !== JSON.stringify(m.result))
        return fail(
          `${m.meeting.id} differs from its run alone (${alone.outcome} alone, ${m.result.outcome} in the chain; carried ${m.carried.map((v) => v.path).join(', ') || 'nothing'})`,
        );
    }
    return pass();
  },
};

/** A meeting's scenario as the user set it, and the marks the meetings before it left. */
function paired(c: SequenceCase): { scenario: Scenario; marks: Mark[]; index: number; id: string }[] {
  const run = c.chain();
  return run.meetings.slice(1).map((m) => ({
    scenario: applyOverrides(m.meeting.scenario, m.userOverrides),
    marks: run.meetings.slice(0, m.index).flatMap((earlier) => earlier.marks),
    index: m.index,
    id: m.meeting.id,
  }));
}

const withCarried = (scenario: Scenario, values: { path: string; value: string }[]): Scenario =>
  applyOverrides(scenario, Object.fromEntries(values.map((v) => [v.path, v.value])) as Overrides);

/** Each walkout trigger's probability as the engine uses it (restrained by the meeting's stakes). */
function walkoutOdds(scenario: Scenario): Map<string, number> {
  const stakes = forumStakes(scenario);
  const odds = new Map<string, number>();
  for (const [id, p] of Object.entries(scenario.profiles))
    for (const t of p.walkout) odds.set(`${id} when ${t.whenSpeaks} speaks`, protestProbability(t.probability, stakes));
  return odds;
}

export const faceWalkouts: SequenceInvariant = {
  id: 'face-walkouts',
  title: 'more face lost at earlier meetings never makes a later walkout less likely',
  judge(c) {
    let applies = false;
    for (const { scenario, marks, index, id } of paired(c)) {
      if (!marks.some((m) => m.channel === 'face')) continue;
      applies = true;
      const more = marks.map((m) => (m.channel === 'face' ? { ...m, amount: Math.min(1, m.amount * FACE_SCALE) } : m));
      const base = walkoutOdds(withCarried(scenario, c.carry(scenario, marks, index, c.overrides.carry)));
      const scaled = walkoutOdds(withCarried(scenario, c.carry(scenario, more, index, c.overrides.carry)));
      for (const [trigger, p] of base) {
        const q = scaled.get(trigger) ?? 0;
        if (q < p)
          return fail(
            `at ${id}, ${trigger}: walkout probability ${p.toFixed(4)} falls to ${q.toFixed(4)} with face lost x${FACE_SCALE}`,
          );
      }
    }
    return pass(applies);
  },
};

/** How many rungs an interval is from a rung (0 inside it). */
const distance = (min: number, max: number, rung: number) => (rung < min ? min - rung : rung > max ? rung - max : 0);

export const precedentCloser: SequenceInvariant = {
  id: 'precedent-closer',
  title: 'a precedent never makes its rung harder to adopt: no interval moves away from the agreed rung',
  judge(c) {
    let applies = false;
    for (const { scenario, marks, index, id } of paired(c)) {
      const agreed = marks.filter((m) => m.channel === 'precedent');
      if (agreed.length === 0) continue;
      applies = true;
      const without = { ...c.overrides.carry, precedent: { ...c.overrides.carry.precedent, enabled: false } };
      const before = withCarried(scenario, c.carry(scenario, marks, index, without));
      const after = withCarried(scenario, c.carry(scenario, marks, index, c.overrides.carry));
      for (const m of agreed) {
        const rung = scenario.issues.find((i) => i.id === m.issue)?.ladder.findIndex((r) => r.id === m.rung) ?? -1;
        if (rung < 0) continue;
        for (const [actor, profile] of Object.entries(after.profiles)) {
          const now = profile.positions[m.issue!];
          const was = before.profiles[actor]!.positions[m.issue!];
          if (!now || !was) continue;
          if (distance(now.min, now.max, rung) > distance(was.min, was.max, rung))
            return fail(
              `at ${id}, ${actor}'s interval on ${m.issue} moved away from the agreed ${m.rung} (precedent from ${m.reason})`,
            );
        }
      }
    }
    return pass(applies);
  },
};

export const SEQUENCE_INVARIANTS: readonly SequenceInvariant[] = [carryOffAlone, faceWalkouts, precedentCloser];

/** The chain for a case, run once however many invariants ask for it. */
export function sequenceCase(
  sequence: Sequence,
  seed: string,
  overrides: SequenceOverrides,
  carry: CarryFunction = carryOver,
): SequenceCase {
  let chain: SequenceRun | undefined;
  return {
    sequence,
    seed,
    overrides,
    carry,
    chain: () => (chain ??= runSequence(sequence, { seed, overrides, carry })),
  };
}
