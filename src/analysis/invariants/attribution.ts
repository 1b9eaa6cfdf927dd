// Attributed wording never costs a dissenter more than the owned rung it attributes: not in
// utility, not in how easily its red line gives way, not in red lines held over a whole draft.
// Pure arithmetic on a scenario's own profiles and ladders; the `attribution` invariant needs no
// run of its own.
import { heldRedLines, type Standing } from '../../actors/acceptance.js';
import { attributionOf } from '../../actors/attribution.js';
import { blockingCost, firmnessOf, yields } from '../../actors/pressure.js';
import { draftUtility, issueUtility, type Attribution, type LadderSizes } from '../../actors/utility.js';
import type { Draft, IssueId, Profile, Scenario } from '../../domain/types.js';
import { type Invariant, pass, fail, effectiveScenario, rungName } from './core.js';

/** The preference functions a check reads; a test plants broken copies. */
export interface PreferenceModel {
  yields: typeof yields;
  issueUtility: typeof issueUtility;
  draftUtility: typeof draftUtility;
  heldRedLines: typeof heldRedLines;
}

export const PREFERENCES: PreferenceModel = { yields, issueUtility, draftUtility, heldRedLines };

/** The most blocking can cost (every input at 1): just below 1. */
export const MAX_BLOCKING_COST = blockingCost({ stakes: 1, isolation: 1, elapsed: 1, hostEmbarrassment: 1 });

/** Pressures the scenario-level check tries: none, some, the most blockingCost returns, and 1. */
export const PRESSURES: readonly number[] = [0, 0.25, 0.5, 0.75, MAX_BLOCKING_COST, 1];

/** Rounding slack when comparing utilities computed along different paths. */
const EPSILON = 1e-12;

/** A delegation dissents from an owned rung that lies outside its stated interval. */
export const dissents = (p: { min: number; max: number } | undefined, owned: number): boolean =>
  p !== undefined && (owned < p.min || owned > p.max);

export interface AttributionCase {
  profile: Profile;
  issue: IssueId;
  /** The attributed rung and the owned rung it attributes. */
  attributed: number;
  owned: number;
  sizes: LadderSizes;
  attribution: Attribution;
  /** The rest of the text: the paragraph on `issue` is set to the owned rung, then to the attributed one. */
  draft: Draft;
  pressures: readonly number[];
  /** Shares of the ladder the soft intervals have widened by. */
  widenings: readonly number[];
}

/** What an attributed rung costs a dissenter beyond the owned rung it attributes (empty: nothing). */
export function attributionCaseProblems(c: AttributionCase, model: PreferenceModel = PREFERENCES): string[] {
  const { profile, issue, attributed: r, owned: o, sizes } = c;
  const position = profile.positions[issue];
  if (!dissents(position, o)) return [];
  const problems: string[] = [];
  const size = sizes[issue] ?? 1;
  const uAttributed = model.issueUtility(position!, r, size, profile.risk, o);
  const uOwned = model.issueUtility(position!, o, size, profile.risk);
  if (uAttributed < uOwned - EPSILON)
    problems.push(`utility ${uAttributed} of the attributed rung is below ${uOwned} of the owned one`);
  const f = firmnessOf(position!);
  for (const pressure of c.pressures) {
    if (model.yields(f, pressure, false) && !model.yields(f, pressure, true))
      problems.push(
        `a red line of firmness ${f} yields to owned wording but not to attributed wording at pressure ${pressure}`,
      );
  }
  const owning = { ...c.draft, [issue]: o };
  const attributing = { ...c.draft, [issue]: r };
  for (const widening of c.widenings) {
    for (const pressure of c.pressures) {
      const s: Standing = {
        positions: profile.positions,
        widening,
        risk: profile.risk,
        reservation: profile.reservation,
        pressure,
        attribution: c.attribution,
      };
      const before = model.draftUtility(s.positions, owning, sizes, s.risk, s.attribution);
      const after = model.draftUtility(s.positions, attributing, sizes, s.risk, s.attribution);
      if (after < before - EPSILON)
        problems.push(
          `the draft's utility falls from ${before} to ${after} (widening ${widening}, pressure ${pressure})`,
        );
      const held = new Set(model.heldRedLines(s, owning, sizes).map((b) => b.issue));
      const added = model.heldRedLines(s, attributing, sizes).filter((b) => !held.has(b.issue));
      if (added.length > 0)
        problems.push(
          `red lines held on ${added.map((b) => b.issue).join(', ')} only once the wording is attributed (widening ${widening}, pressure ${pressure})`,
        );
    }
  }
  return problems;
}

/**
 * Every delegation of the scenario against every attributed rung of every issue: the problems
 * found, and how many (delegation, rung) pairs were a dissent to judge.
 */
export function attributionProblems(
  s: Scenario,
  pressures: readonly number[] = PRESSURES,
  model: PreferenceModel = PREFERENCES,
): { problems: string[]; judged: number } {
  const attribution = attributionOf(s.issues);
  const sizes: LadderSizes = Object.fromEntries(s.issues.map((i) => [i.id, i.ladder.length]));
  const problems: string[] = [];
  let judged = 0;
  for (const issue of s.issues) {
    // Chains would make the "owned" rung attributed itself: the relief is defined against owned wording.
    issue.ladder.forEach((rung, r) => {
      if (rung.attributes === undefined) return;
      const target = issue.ladder.find((o) => o.id === rung.attributes);
      if (target?.attributes !== undefined)
        problems.push(`${issue.id}: ${rung.id} attributes ${target.id}, which is itself attributed`);
      else if (attribution[issue.id]?.[r] === undefined)
        problems.push(`${issue.id}: ${rung.id} attributes ${rung.attributes}, not an owned rung of the ladder`);
    });
    for (const [attributed, owned] of Object.entries(attribution[issue.id] ?? {})) {
      for (const id of s.participants) {
        const profile = s.profiles[id]!;
        if (!dissents(profile.positions[issue.id], owned)) continue;
        judged++;
        const found = attributionCaseProblems(
          {
            profile,
            issue: issue.id,
            attributed: Number(attributed),
            owned,
            sizes,
            attribution,
            draft: s.draft,
            pressures,
            widenings: [0, profile.patience],
          },
          model,
        );
        for (const p of found)
          problems.push(
            `${id} on ${issue.id}, ${rungName(s, issue.id, Number(attributed))} for ${rungName(s, issue.id, owned)}: ${p}`,
          );
      }
    }
  }
  return { problems, judged };
}

export const attribution: Invariant = {
  id: 'attribution',
  title:
    'an attributed rung never costs a delegation that dissents from the owned rung it attributes more than that rung: utility no lower, its red line yields no less readily, no red line held that the owned wording would not hold',
  judge(input) {
    const { problems, judged } = attributionProblems(effectiveScenario(input));
    if (problems.length > 0)
      return fail(`${problems.slice(0, 4).join('; ')}${problems.length > 4 ? ` and ${problems.length - 4} more` : ''}`);
    return pass(judged > 0);
  },
};
