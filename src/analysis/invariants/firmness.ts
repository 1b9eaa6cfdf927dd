// Firmness 1 never yields: a hard red line stated with firmness 1 (or none) holds at any pressure,
// on owned or attributed wording. Checked on one standing (a pure check the property tests drive
// with random pressures) and over whole runs (the `firmness` invariant).
import { heldRedLines, wouldSign, type Standing } from '../../actors/acceptance.js';
import { firmnessOf, insistenceOf } from '../../actors/pressure.js';
import type { LadderSizes } from '../../actors/utility.js';
import type { ActorId, Draft, ForumEvent, IssueId, Position, RunResult, Scenario } from '../../domain/types.js';
import type { Overrides } from '../../scenario/overrides.js';
import { mergeOverrides } from '../overrideList.js';
import {
  type Invariant,
  pass,
  fail,
  effectiveScenario,
  runInput,
  capOf,
  presentAtStart,
  rungName,
  statementRungs,
  positionEntries,
} from './core.js';

/** The acceptance functions a check reads; a test plants broken copies. */
export interface AcceptanceModel {
  heldRedLines: typeof heldRedLines;
  wouldSign: typeof wouldSign;
}

export const ACCEPTANCE: AcceptanceModel = { heldRedLines, wouldSign };

/** Whether `rung` crosses a side of a red line that never yields: a floor of insistence 1 or a ceiling of firmness 1. */
export const crossesUnyielding = (p: Position | undefined, rung: number): boolean =>
  p !== undefined && p.hard && ((rung < p.min && insistenceOf(p) >= 1) || (rung > p.max && firmnessOf(p) >= 1));

/**
 * On one standing: every firmness-1 red line the draft crosses is held (whatever the pressure and
 * whether the wording is owned or attributed), and a delegation holding one would not sign.
 */
export function unyieldingProblems(
  s: Standing,
  draft: Draft,
  sizes: LadderSizes,
  model: AcceptanceModel = ACCEPTANCE,
): string[] {
  const problems: string[] = [];
  const held = new Set(model.heldRedLines(s, draft, sizes).map((b) => b.issue));
  const crossed = Object.entries(draft).filter(([issue, rung]) => crossesUnyielding(s.positions[issue], rung));
  for (const [issue, rung] of crossed) {
    if (!held.has(issue)) {
      const owned = s.attribution[issue]?.[rung];
      problems.push(
        `${issue} at rung ${rung}${owned !== undefined ? ` (attributing ${owned})` : ''} crosses a firmness-1 red line but is not held at pressure ${s.pressure}`,
      );
    }
  }
  if (crossed.length > 0 && model.wouldSign(s, draft, sizes))
    problems.push(`would sign a draft crossing a firmness-1 red line at pressure ${s.pressure}`);
  return problems;
}

/** The last draft the chair put to the room, from the run's transcript. */
function lastTabled(transcript: readonly ForumEvent[]): Draft | null {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const e = transcript[i]!;
    if (e.type === 'draft.tabled') return e.draft;
  }
  return null;
}

/** Each participant's firmness-1 red lines that `text` crosses. */
function crossings(
  s: Scenario,
  text: Record<IssueId, number>,
  who: readonly ActorId[],
): { id: ActorId; issue: IssueId; rung: number }[] {
  const out: { id: ActorId; issue: IssueId; rung: number }[] = [];
  for (const id of who) {
    for (const [issue, rung] of Object.entries(text))
      if (crossesUnyielding(s.profiles[id]!.positions[issue], rung)) out.push({ id, issue, rung });
  }
  return out;
}

/**
 * Uncertainty off, so the stated firmness is the one the run uses; then, by variant: one delegation
 * present holds a firmness-1 red line the opening draft crosses (the chair may still draft around
 * it); or two hold firmness-1 red lines that between them exclude every rung, omission included,
 * so the last tabled draft crosses one; or nothing is planted.
 */
function firmnessPremise(s: Scenario, variant: number): Overrides {
  const off: [string, string][] = s.uncertainty.enabled ? [['forum.uncertainty', 'off']] : [];
  const issues = Object.keys(s.draft).filter((id) => s.issues.some((i) => i.id === id));
  const present = presentAtStart(s);
  const kind = variant % 3;
  if (kind === 2 || issues.length === 0 || present.length === 0) return mergeOverrides(off);
  const pick = Math.floor(variant / 3);
  const issue = issues[pick % issues.length]!;
  const top = s.issues.find((i) => i.id === issue)!.ladder.length - 1;
  const a = present[Math.floor(pick / issues.length) % present.length]!;
  const firm = (who: ActorId, line: Pick<Position, 'ideal' | 'min' | 'max'>): [string, string][] => [
    ...positionEntries(s, who, issue, { ...line, hard: true }),
    [`${who}.positions.${issue}.firmness`, '1'],
    // A floor holds by its insistence (model v3): a stated one below 1 would let it give way.
    ...(line.min > 0 ? [[`${who}.positions.${issue}.insistence`, '1'] as [string, string]] : []),
  ];
  if (kind === 1 && present.length >= 2 && top >= 2) {
    // a holds [1, split - 1], b holds [split, top]: omission crosses both, every other rung one.
    const b = present[(present.indexOf(a) + 1) % present.length]!;
    const split = 2 + (Math.floor(pick / (issues.length * present.length)) % (top - 1));
    return mergeOverrides(
      off,
      firm(a, { ideal: 1, min: 1, max: split - 1 }),
      firm(b, { ideal: split, min: split, max: top }),
    );
  }
  const opening = s.draft[issue]!;
  if (opening === 0 && top < 1) return mergeOverrides(off);
  // Exclude the opening rung: everything below it, or (for an opening of omit) everything above.
  return mergeOverrides(
    off,
    firm(a, opening > 0 ? { ideal: opening - 1, min: 0, max: opening - 1 } : { ideal: top, min: 1, max: top }),
  );
}

export const firmness: Invariant = {
  id: 'firmness',
  title:
    "a hard red line of firmness 1 never yields: a delegation whose firmness-1 red line the last tabled draft crosses does not end up supporting it, and no joint statement crosses a present delegation's firmness-1 red line",
  premise: firmnessPremise,
  judge(input, result, { engine }) {
    const s = effectiveScenario(input);
    if (s.uncertainty.enabled) return pass(false);
    const problems: string[] = [];
    let applies = false;
    const describe = (c: { id: ActorId; issue: IssueId; rung: number }) =>
      `${c.issue} at ${rungName(s, c.issue, c.rung)} crosses ${c.id}'s firmness-1 red line`;
    if (result.outcome === 'joint-statement') {
      const present = s.participants.filter((id) => result.delegations[id]?.present);
      const crossed = crossings(s, statementRungs(s, result), present);
      if (crossed.length > 0) applies = true;
      for (const c of crossed) problems.push(`joint statement adopted although ${describe(c)}`);
    }
    // Under the event cap a delegation may not have seen the last tabled draft: its stance is about an earlier one.
    if (result.events < capOf(input)) {
      const run: RunResult = result.transcript.length > 0 ? result : runInput(input, engine, true);
      const tabled = lastTabled(run.transcript);
      if (tabled) {
        const crossed = crossings(s, tabled, s.participants);
        if (crossed.length > 0) applies = true;
        for (const c of crossed)
          if (result.delegations[c.id]?.stance === 'supporting')
            problems.push(
              `${c.id} ends up supporting although the last tabled draft's ${describe(c).replace(`${c.id}'s`, 'its')}`,
            );
      }
    }
    if (problems.length > 0) return fail(problems.join('; '));
    return pass(applies);
  },
};
