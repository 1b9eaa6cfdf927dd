// Invariants of consensus: what an adopted statement must respect, and when one must or
// must not be possible (soundness, unanimity, veto). Vote rules have their own (votes.ts).
import type { ActorId, IssueDef, IssueId, Position, RunResult, Scenario } from '../../domain/types.js';
import { canAgree } from '../../engine/outcome.js';
import { habitOf } from '../../engine/habits.js';
import { STRUCTURE_KEYS, textSoughtUndrawn } from '../../engine/structure.js';
import type { Overrides } from '../../scenario/overrides.js';
import { adoptedText } from '../consensusText.js';
import { mergeOverrides } from '../overrideList.js';
import {
  type Invariant,
  pass,
  fail,
  effectiveScenario,
  capOf,
  presentAtStart,
  rungName,
  issueDef,
  statementRungs,
  positionEntries,
  agreeableHalf,
} from './core.js';

export const soundness: Invariant = {
  id: 'soundness',
  title:
    "an adopted consensus text (a joint statement, or one beside a standing chairman's statement) has every present delegation supporting, every paragraph inside every present delegation's hard red lines of firmness 1, and nobody walked out",
  // Under a vote rule nothing is adopted by consensus (the `votes` invariant judges votes), so a voting forum is judged under consensus.
  premise: (s, variant) => ({
    ...(s.rules.decisionRule === 'consensus' ? {} : { 'forum.decisionRule': 'consensus' }),
    ...agreeableHalf(s, variant),
  }),
  judge(input, result) {
    const joint = result.outcome === 'joint-statement';
    const adopted = adoptedText(result);
    if (!joint && adopted === null) return pass(false);
    const s = effectiveScenario(input);
    const problems: string[] = [];
    if (joint && !result.statement) problems.push('no text');
    const present = Object.values(result.delegations).filter((d) => d.present).length;
    if (!canAgree(present)) problems.push(`only ${present} delegation(s) present`);
    for (const [id, d] of Object.entries(result.delegations)) {
      if (d.stance === 'walkedOut') problems.push(`${id} walked out`);
      else if (d.present && d.stance !== 'supporting') problems.push(`${id} is present but ${d.stance}`);
    }
    const text = statementRungs(s, { ...result, statement: adopted ?? result.statement });
    for (const id of s.participants) {
      if (!result.delegations[id]?.present) continue;
      for (const [issue, rung] of Object.entries(text)) {
        const position = s.profiles[id]!.positions[issue];
        // Only a side of a line that cannot yield (firmness 1 above, insistence 1 below, as drawn
        // for this run) must hold whatever the pressure; an insistence below 1 may be met otherwise.
        const drawn = (field: string) => result.inputs.drawn[`${id}.positions.${issue}.${field}`];
        const firmness = drawn('firmness') ?? position?.firmness ?? 1;
        const insistence = drawn('insistence') ?? position?.insistence ?? firmness;
        const crossed =
          position?.hard && ((rung < position.min && insistence >= 1) || (rung > position.max && firmness >= 1));
        if (crossed) {
          problems.push(
            `${issue} at ${rungName(s, issue, rung)} crosses ${id}'s hard red line ${rungName(s, issue, position.min)}..${rungName(s, issue, position.max)}`,
          );
        }
      }
    }
    const what = joint ? 'joint statement' : "consensus text (beside the chairman's statement)";
    return problems.length === 0 ? pass() : fail(`${what} adopted although ${problems.join('; ')}`);
  },
};

type PlaceOf = Pick<Position, 'ideal' | 'min' | 'max' | 'hard'>;

/** Whether two positions agree on everything that decides acceptance (not salience). */
const samePlace = (a: PlaceOf | undefined, b: PlaceOf | undefined) =>
  a === undefined || b === undefined
    ? a === b
    : a.ideal === b.ideal && a.min === b.min && a.max === b.max && a.hard === b.hard;

/** Whether the run tabled a consensus text: its structural draw, else the habit's rate read as more likely than not. */
function textTabled(s: Scenario, result: RunResult): boolean {
  const drawn = result.inputs.drawn[STRUCTURE_KEYS.textSought];
  return drawn !== undefined ? drawn === 1 : textSoughtUndrawn(habitOf(s));
}

export const unanimity: Invariant = {
  id: 'unanimity',
  title:
    'under consensus, delegations with identical positions and no lobbying or walkouts adopt their shared ideal: in round 1 when it is tabled, else within one round per paragraph to move',
  premise(s, variant) {
    // Everyone takes the chair's positions on the paragraphs on the table; nobody lobbies or walks out.
    // Only the chair's revisions move a text toward an ideal, and only under consensus.
    const out: [string, string][] = s.rules.decisionRule === 'consensus' ? [] : [['forum.decisionRule', 'consensus']];
    const chair = s.profiles[s.chair]!;
    for (const issue of Object.keys(s.draft)) {
      const def = issueDef(s, issue)!;
      const size = def.ladder.length;
      const own = chair.positions[issue];
      // A paragraph that cannot be dropped cannot be omitted: the shared ideal is then its first wording.
      const shared =
        own && (own.ideal > 0 || def.droppable)
          ? own
          : { ideal: 1, min: own?.min ?? 0, max: Math.max(1, own?.max ?? size - 1), hard: own?.hard ?? false };
      if (shared !== own) out.push(...positionEntries(s, s.chair, issue, shared));
      if (!own) out.push([`${s.chair}.positions.${issue}.salience`, '0.5']);
      for (const id of s.participants) {
        if (id !== s.chair && !samePlace(s.profiles[id]!.positions[issue], shared))
          out.push(...positionEntries(s, id, issue, shared));
      }
      // Half the cases table the shared ideal, so the round-1 clause is exercised too.
      if (variant % 2 === 0) out.push([`forum.draft.${issue}`, rungName(s, issue, shared.ideal)]);
    }
    for (const id of s.participants) {
      const p = s.profiles[id]!;
      if (p.lobbying && p.lobbying.targets.length > 0) out.push([`${id}.lobbying.targets`, '']);
      for (const t of p.walkout) if (t.probability > 0) out.push([`${id}.walkout.${t.whenSpeaks}`, '0']);
    }
    // At a chair's-statement forum a consensus text is tabled only at its habit's rate (model v3): always, here.
    if (s.rules.standingProduct === 'chair-statement') out.push(['forum.habit.separateText', '1']);
    return mergeOverrides(out);
  },
  judge(input, result) {
    const s = effectiveScenario(input);
    if (s.rules.decisionRule !== 'consensus' || result.events >= capOf(input)) return pass(false);
    const present = presentAtStart(s);
    // A chair alone adopts nothing (outcome.ts): the premise needs a room.
    if (!present.includes(s.chair) || !canAgree(present.length)) return pass(false);
    // No consensus text tabled at all (a chair's-statement forum's habit): nothing to adopt.
    if (!textTabled(s, result)) return pass(false);
    const chair = s.profiles[s.chair]!;
    const positioned = Object.keys(s.draft).filter((issue) => chair.positions[issue] !== undefined);
    for (const issue of Object.keys(s.draft)) {
      if (!present.every((id) => samePlace(s.profiles[id]!.positions[issue], chair.positions[issue])))
        return pass(false);
    }
    for (const id of present) {
      const p = s.profiles[id]!;
      if (p.walkout.some((t) => t.probability > 0 && t.whenSpeaks !== id && present.includes(t.whenSpeaks)))
        return pass(false);
      if (p.lobbying && p.lobbying.targets.some((t) => t !== id && present.includes(t))) return pass(false);
    }
    const ideal = (issue: IssueId) => chair.positions[issue]!.ideal;
    // The chair cannot omit a paragraph that cannot be dropped, so an ideal of omission is out of reach.
    if (positioned.some((issue) => ideal(issue) === 0 && s.draft[issue] !== 0 && !issueDef(s, issue)?.droppable))
      return pass(false);
    const toMove = positioned.filter((issue) => s.draft[issue] !== ideal(issue));
    if (s.rules.roundLimit < toMove.length + 1) return pass(false);
    const describe = () => `${result.outcome} after ${result.rounds} round(s)`;
    // A consensus text, whether it is the joint statement or stands beside a standing chairman's statement.
    if (result.consensus === null)
      return fail(
        `identical delegations did not adopt a joint statement (${describe()}; ${toMove.length} paragraph(s) off their shared ideal)`,
      );
    if (result.rounds > toMove.length + 1)
      return fail(
        `identical delegations needed ${result.rounds} rounds for ${toMove.length} paragraph(s) off their shared ideal`,
      );
    const text = statementRungs(s, { ...result, statement: result.consensus });
    for (const issue of positioned) {
      if (text[issue] !== ideal(issue) && text[issue] !== s.draft[issue]) {
        return fail(
          `${issue} adopted at ${rungName(s, issue, text[issue]!)}, neither the shared ideal ${rungName(s, issue, ideal(issue))} nor the opening ${rungName(s, issue, s.draft[issue]!)}`,
        );
      }
    }
    if (toMove.length === 0 && result.rounds !== 1)
      return fail(`the shared ideal was tabled but adopted only in round ${result.rounds}`);
    return pass();
  },
};

/** The rungs a paragraph can hold in a run: its opening rung, and any rung the chair may move it to. */
export function holdableRungs(issue: IssueDef, opening: number): number[] {
  return issue.ladder.map((_, r) => r).filter((r) => r === opening || r > 0 || issue.droppable);
}

/**
 * Paragraphs on which the present delegations' hard red lines of firmness 1 (lines that never
 * yield; `firmness` gives a run's drawn value) leave no rung the paragraph can hold.
 */
export function vetoedParagraphs(
  s: Scenario,
  firmness: (id: ActorId, issue: IssueId) => number = (id, issue) => s.profiles[id]!.positions[issue]?.firmness ?? 1,
  insistence: (id: ActorId, issue: IssueId) => number = (id, issue) =>
    s.profiles[id]!.positions[issue]?.insistence ?? firmness(id, issue),
): { issue: IssueId; by: ActorId[] }[] {
  const out: { issue: IssueId; by: ActorId[] }[] = [];
  const present = presentAtStart(s);
  for (const [issueId, opening] of Object.entries(s.draft)) {
    const issue = issueDef(s, issueId);
    if (!issue) continue;
    // Each side of a line by its own firmness: the ceiling by firmness, the floor by insistence.
    const ceiling = (id: ActorId) => firmness(id, issueId) >= 1;
    const floor = (id: ActorId) => insistence(id, issueId) >= 1;
    const hard = present.filter((id) => s.profiles[id]!.positions[issueId]?.hard && (ceiling(id) || floor(id)));
    if (hard.length === 0) continue;
    const allowed = holdableRungs(issue, opening).filter((r) =>
      hard.every((id) => {
        const p = s.profiles[id]!.positions[issueId]!;
        return (r >= p.min || !floor(id)) && (r <= p.max || !ceiling(id));
      }),
    );
    if (allowed.length === 0) out.push({ issue: issueId, by: hard });
  }
  return out;
}

export const veto: Invariant = {
  id: 'veto',
  title:
    'under consensus, a paragraph on which hard red lines of firmness 1 leave no rung it can hold (one delegation excluding every rung of a paragraph that cannot be dropped, or two with disjoint red lines) means no joint statement',
  premise(s, variant) {
    // Under a vote rule a red line is one no vote, not a veto (the Security Council's veto is the `votes` invariant's).
    const consensus: [string, string][] =
      s.rules.decisionRule === 'consensus' ? [] : [['forum.decisionRule', 'consensus']];
    // Stated firmness exactly: a red line of firmness 1 must not be drawn below 1.
    return mergeOverrides([...consensus, ['forum.uncertainty', 'off']], vetoPremise(s, variant));
  },
  judge(input, result) {
    const s = effectiveScenario(input);
    if (s.rules.decisionRule !== 'consensus') return pass(false);
    const drawnFirmness = (id: ActorId, issue: IssueId) =>
      result.inputs.drawn[`${id}.positions.${issue}.firmness`] ?? s.profiles[id]!.positions[issue]?.firmness ?? 1;
    const vetoed = vetoedParagraphs(
      s,
      drawnFirmness,
      (id, issue) =>
        result.inputs.drawn[`${id}.positions.${issue}.insistence`] ??
        s.profiles[id]!.positions[issue]?.insistence ??
        drawnFirmness(id, issue),
    );
    if (vetoed.length === 0) return pass(false);
    if (result.outcome !== 'joint-statement') return pass();
    const text = statementRungs(s, result);
    const v = vetoed[0]!;
    return fail(
      `joint statement adopted with ${v.issue} at ${rungName(s, v.issue, text[v.issue] ?? 0)} although the hard red lines of ${v.by.join(', ')} leave no rung it can hold`,
    );
  },
};

/** Red lines that leave a paragraph no rung: one delegation against an undroppable paragraph, or two disjoint ones. */
function vetoPremise(s: Scenario, variant: number): Overrides {
  const issues = Object.keys(s.draft).filter((id) => issueDef(s, id));
  const present = presentAtStart(s);
  if (issues.length === 0 || present.length === 0) return {};
  const issueId = issues[variant % issues.length]!;
  const issue = issueDef(s, issueId)!;
  const top = issue.ladder.length - 1;
  const pick = Math.floor(variant / issues.length);
  const a = present[pick % present.length]!;
  if (!issue.droppable) {
    // One delegation whose red line is omission itself: no rung a kept paragraph can hold.
    const opening =
      s.draft[issueId]! === 0
        ? [[`forum.draft.${issueId}`, rungName(s, issueId, 1 + (pick % top))] as [string, string]]
        : [];
    return mergeOverrides([...opening, ...positionEntries(s, a, issueId, { ideal: 0, min: 0, max: 0, hard: true })]);
  }
  if (present.length < 2) return {};
  const ia = pick % present.length;
  const b = present[(ia + 1 + (Math.floor(pick / present.length) % (present.length - 1))) % present.length]!;
  const split = 1 + (Math.floor(variant / 7) % top);
  return mergeOverrides([
    ...positionEntries(s, a, issueId, { ideal: split - 1, min: 0, max: split - 1, hard: true }),
    ...positionEntries(s, b, issueId, { ideal: split, min: split, max: top, hard: true }),
  ]);
}
