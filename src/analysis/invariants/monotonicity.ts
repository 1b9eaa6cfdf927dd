// Monotonicity: widening a delegation's acceptable interval never loses an adopted statement
// (in the form that holds in this model; the strict form is kept to show why it does not).
import type { ActorId, IssueId, RunResult, Scenario } from '../../domain/types.js';
import { type Overrides } from '../../scenario/overrides.js';
import { mergeOverrides } from '../overrideList.js';
import { consensusAdopted } from '../consensusText.js';
import { isVoteRule } from '../../engine/votes.js';
import { draftKey } from '../../engine/ladder.js';
import {
  type RunInput,
  type Invariant,
  type JudgeContext,
  pass,
  fail,
  effectiveScenario,
  runInput,
  capOf,
  presentAtStart,
  rungName,
  issueDef,
  agreeableHalf,
} from './core.js';

/** One way to widen one present delegation's acceptable interval, chosen by `variant`. */
export function wideningOf(
  s: Scenario,
  variant: number,
): { actor: ActorId; issue: IssueId; field: 'min' | 'max'; from: number; to: number } | null {
  const options: { actor: ActorId; issue: IssueId; field: 'min' | 'max'; from: number; room: number }[] = [];
  for (const actor of presentAtStart(s)) {
    for (const issue of Object.keys(s.draft)) {
      const p = s.profiles[actor]!.positions[issue];
      const def = issueDef(s, issue);
      if (!p || !def) continue;
      if (p.min > 0) options.push({ actor, issue, field: 'min', from: p.min, room: p.min });
      if (p.max < def.ladder.length - 1)
        options.push({ actor, issue, field: 'max', from: p.max, room: def.ladder.length - 1 - p.max });
    }
  }
  if (options.length === 0) return null;
  const o = options[variant % options.length]!;
  const by = 1 + (Math.floor(variant / options.length) % o.room);
  return {
    actor: o.actor,
    issue: o.issue,
    field: o.field,
    from: o.from,
    to: o.field === 'min' ? o.from - by : o.from + by,
  };
}

/** The overrides that widen one delegation's interval as `wideningOf` chose, on top of the input's. */
function widen(s: Scenario, input: RunInput, w: NonNullable<ReturnType<typeof wideningOf>>): Overrides {
  return mergeOverrides(input.overrides, {
    [`${w.actor}.positions.${w.issue}.${w.field}`]: rungName(s, w.issue, w.to),
  });
}

function describeWidening(s: Scenario, w: NonNullable<ReturnType<typeof wideningOf>>): string {
  const hard = s.profiles[w.actor]!.positions[w.issue]!.hard ? 'hard' : 'soft';
  return `widening ${w.actor}'s ${hard} interval on ${w.issue} (${w.field} ${rungName(s, w.issue, w.from)} -> ${rungName(s, w.issue, w.to)})`;
}

/** Whether any present delegation can lobby another present one (lobbying moves ideals). */
export function lobbyingActive(s: Scenario): boolean {
  const present = presentAtStart(s);
  return present.some((id) => s.profiles[id]!.lobbying?.targets.some((t) => t !== id && present.includes(t)) ?? false);
}

/** The drafts the chair tabled, one per round, as comparable `issue=rung,...` keys. */
export function tabledDrafts(result: RunResult): string[] {
  return result.transcript.flatMap((e) => (e.type === 'draft.tabled' ? [draftKey(e.draft)] : []));
}

/**
 * The form of monotonicity the model guarantees. Widening an interval never costs the widened
 * delegation's support for a draft, so as long as the chair tables the same drafts, the widened
 * run adopts no later. The chair's path can differ (a wider interval changes which paragraph is
 * most contested, and so the order of revisions): `strictMonotonicity` below, which does not hold.
 */
export const monotonicity: Invariant = {
  id: 'monotonicity',
  title:
    "with noise off and no lobbying, widening one delegation's acceptable interval never turns an adopted consensus text (a joint statement, or a text agreed beside a standing chair's statement) into a failure while the chair tables the same drafts (a different path of revisions can: see strictMonotonicity); under a vote rule (uncertainty off too), never turns an adopted text into a rejected or vetoed one",
  premise(s, variant) {
    const out: Overrides = { ...agreeableHalf(s, variant), 'forum.noise': '0' };
    for (const id of s.participants) if (s.profiles[id]!.lobbying?.targets.length) out[`${id}.lobbying.targets`] = '';
    // A drawn value need not move with the stated one it is drawn around, so a vote compares stated values.
    if (isVoteRule(s.rules.decisionRule) && s.uncertainty.enabled) out['forum.uncertainty'] = 'off';
    return out;
  },
  judge(input, result, context) {
    const s = effectiveScenario(input);
    if (isVoteRule(s.rules.decisionRule)) return judgeVote(input, s, result, context);
    const { engine, variant } = context;
    if (s.rules.noise !== 0 || lobbyingActive(s) || !consensusAdopted(result) || result.events >= capOf(input))
      return pass(false);
    const w = wideningOf(s, Math.floor(variant / 2));
    if (!w) return pass(false);
    const overrides = widen(s, input, w);
    const base = runInput(input, engine, true);
    const widened = runInput({ ...input, overrides }, engine, true);
    const before = tabledDrafts(base);
    const after = tabledDrafts(widened);
    const shared = Math.min(base.rounds, widened.rounds);
    // The chair took another path before the base run adopted: outside what this form promises.
    if (before.slice(0, shared).join('|') !== after.slice(0, shared).join('|')) return pass(false);
    if (consensusAdopted(widened) && widened.rounds <= base.rounds) return pass();
    return fail(
      `${describeWidening(s, w)} turns the consensus text adopted in round ${base.rounds} into ${widened.outcome} without one after ${widened.rounds} round(s), although the chair tabled the same drafts`,
      [
        { label: 'adopted', overrides: input.overrides, outcome: base.outcome, rounds: base.rounds },
        { label: 'after widening', overrides, outcome: widened.outcome, rounds: widened.rounds },
      ],
    );
  },
};

/**
 * Under a vote rule the text never changes, and with no lobbying nor noise a delegation's stance on
 * it depends only on its own interval: widening can only turn a no into an abstention or a yes, an
 * abstention into a yes. Walkout draws do not depend on stances, so the room is the same.
 */
function judgeVote(input: RunInput, s: Scenario, result: RunResult, { engine, variant }: JudgeContext) {
  if (
    s.rules.noise !== 0 ||
    s.uncertainty.enabled ||
    lobbyingActive(s) ||
    result.outcome !== 'adopted' ||
    result.events >= capOf(input)
  )
    return pass(false);
  const w = wideningOf(s, Math.floor(variant / 2));
  if (!w) return pass(false);
  const overrides = widen(s, input, w);
  const widened = runInput({ ...input, overrides }, engine);
  if (widened.outcome === 'adopted') return pass();
  return fail(
    `${describeWidening(s, w)} turns the text adopted by ${s.rules.decisionRule} vote into ${widened.outcome}`,
    [
      { label: 'adopted', overrides: input.overrides, outcome: result.outcome, rounds: result.rounds },
      { label: 'after widening', overrides, outcome: widened.outcome, rounds: widened.rounds },
    ],
  );
}

/**
 * Monotonicity as first asked for: widening any one interval never turns an adopted joint
 * statement into a failure on the same seed with noise off. The model does not guarantee it (the
 * chair's revisions are greedy and path-dependent under a deadline, and lobbying moves ideals
 * within intervals); it is exported so the counterexamples can be found and shown, and is not in
 * INVARIANTS.
 */
export const strictMonotonicity: Invariant = {
  id: 'strict-monotonicity',
  title:
    "with noise off, widening one delegation's acceptable interval never turns an adopted joint statement into a failure on the same seed (does NOT hold in this model)",
  premise: (s, variant) => ({ ...agreeableHalf(s, variant), 'forum.noise': '0' }),
  judge(input, result, { engine, variant }) {
    const s = effectiveScenario(input);
    if (s.rules.noise !== 0 || result.outcome !== 'joint-statement' || result.events >= capOf(input))
      return pass(false);
    const w = wideningOf(s, Math.floor(variant / 2));
    if (!w) return pass(false);
    const overrides = widen(s, input, w);
    const widened = runInput({ ...input, overrides }, engine);
    if (widened.outcome === 'joint-statement') return pass();
    return fail(
      `${describeWidening(s, w)} turns the joint statement adopted in round ${result.rounds} into ${widened.outcome} after ${widened.rounds} round(s)`,
      [
        { label: 'adopted', overrides: input.overrides, outcome: result.outcome, rounds: result.rounds },
        { label: 'after widening', overrides, outcome: widened.outcome, rounds: widened.rounds },
      ],
    );
  },
};
