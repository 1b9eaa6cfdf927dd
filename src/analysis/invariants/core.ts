// The shape of an invariant and what every invariant shares: running an input, judging a run,
// comparing two runs, and building related inputs (reordered, agreeable, repositioned).
import type { ActorId, IssueDef, IssueId, Position, RunResult, Scenario } from '../../domain/types.js';
import { DEFAULT_MAX_EVENTS, runScenario, type RunOptions } from '../../engine/run.js';
import { createRng } from '../../engine/rng.js';
import { applyOverrides, type Overrides } from '../../scenario/overrides.js';
import { mergeOverrides } from '../overrideList.js';

/** Everything a run is a function of. `overrides` are `--set` paths applied on top of `scenario`. */
export interface RunInput {
  scenario: Scenario;
  seed: string;
  overrides: Overrides;
  /** The engine's event cap; the engine's default when absent. */
  maxEvents?: number;
}

export type Engine = (scenario: Scenario, options: RunOptions) => RunResult;

/** A run the verdict compared against, so a report can show how to reproduce both sides. */
export interface RelatedRun {
  label: string;
  overrides: Overrides;
  outcome: RunResult['outcome'];
  rounds: number;
}

export interface Verdict {
  /** False only when the premise held and the conclusion did not. */
  holds: boolean;
  /** Whether the premise held (a vacuous pass is still a pass, but is counted apart). */
  applies: boolean;
  message?: string;
  related?: RelatedRun[];
}

export interface JudgeContext {
  /** The engine to re-run for relational invariants; runScenario unless a test plants another. */
  engine: Engine;
  /** A free choice (which delegation to widen, which order to list participants in); shrinks toward 0. */
  variant: number;
}

export interface Invariant {
  /** Short name used in tables and on the command line (`determinism`, `veto`). */
  readonly id: string;
  /** The invariant in one sentence. */
  readonly title: string;
  /**
   * Extra overrides (applied after any others) that make the premise hold on `scenario`, for
   * invariants whose premise random inputs seldom meet (unanimity, veto, monotonicity).
   * `scenario` already has the earlier overrides applied.
   */
  premise?(scenario: Scenario, variant: number): Overrides;
  /** Judges one run: `result` is the engine's result for `input`. */
  judge(input: RunInput, result: RunResult, context: JudgeContext): Verdict;
}

export const pass = (applies = true): Verdict => ({ holds: true, applies });

export const fail = (message: string, related?: RelatedRun[]): Verdict => ({
  holds: false,
  applies: true,
  message,
  ...(related ? { related } : {}),
});

/** The scenario the engine actually ran: the input's scenario with its overrides applied. */
export function effectiveScenario(input: RunInput): Scenario {
  return applyOverrides(input.scenario, input.overrides);
}

export function runInput(input: RunInput, engine: Engine = runScenario, transcript = false): RunResult {
  return engine(input.scenario, {
    seed: input.seed,
    overrides: input.overrides,
    transcript,
    ...(input.maxEvents !== undefined ? { maxEvents: input.maxEvents } : {}),
  });
}

export const capOf = (input: RunInput) => input.maxEvents ?? DEFAULT_MAX_EVENTS;

export const presentAtStart = (s: Scenario) => s.participants.filter((id) => !s.absent.includes(id));

export const rungName = (s: Scenario, issue: IssueId, rung: number) =>
  s.issues.find((i) => i.id === issue)?.ladder[rung]?.id ?? String(rung);

export const issueDef = (s: Scenario, issue: IssueId): IssueDef | undefined => s.issues.find((i) => i.id === issue);

/** The adopted (or chair's) text as issue -> rung for every paragraph on the table; omitted ones are rung 0. */
export function statementRungs(s: Scenario, result: RunResult): Record<IssueId, number> {
  const out: Record<IssueId, number> = {};
  for (const issue of Object.keys(s.draft)) {
    const paragraph = result.statement?.paragraphs.find((p) => p.issue === issue);
    const ladder = issueDef(s, issue)?.ladder ?? [];
    out[issue] = paragraph ? ladder.findIndex((r) => r.id === paragraph.rung) : 0;
  }
  return out;
}

/** Where two JSON-like values first differ, as `path: a vs b`; null when deep-equal (key order included). */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  const show = (v: unknown) => {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  };
  if (a === b) return null;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return `${path || '(result)'}: ${show(a)} vs ${show(b)}`;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    if (ka[i] !== kb[i]) return `${path || '(result)'}: keys listed as ${show(ka)} vs ${show(kb)}`;
    const key = ka[i]!;
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
    );
    if (found) return found;
  }
  return null;
}

/** The same scenario with participants, absentees, profiles and provenance listed in another order. */
export function reorderParticipants(s: Scenario, variant: number): Scenario {
  // Variant 0 is the plain reversal, so the smallest counterexample is easy to read.
  const order = variant === 0 ? [...s.participants].reverse() : createRng(`order/${variant}`).shuffle(s.participants);
  return {
    ...s,
    participants: order,
    absent: order.filter((id) => s.absent.includes(id)),
    profiles: Object.fromEntries(order.map((id) => [id, s.profiles[id]!])),
    provenance: Object.fromEntries(order.filter((id) => id in s.provenance).map((id) => [id, s.provenance[id]!])),
  };
}

/** Override entries that set one delegation's position, in an order every step of which is valid. */
export function positionEntries(
  s: Scenario,
  actor: ActorId,
  issue: IssueId,
  p: Pick<Position, 'ideal' | 'min' | 'max' | 'hard'>,
): [string, string][] {
  const at = `${actor}.positions.${issue}`;
  // Setting the ideal drags the interval along, so ideal first, then the bounds, keeps min <= ideal <= max.
  return [
    [`${at}.ideal`, rungName(s, issue, p.ideal)],
    [`${at}.min`, rungName(s, issue, p.min)],
    [`${at}.max`, rungName(s, issue, p.max)],
    [`${at}.hard`, String(p.hard)],
  ];
}

/**
 * Overrides that let a divided room agree, so that soundness and monotonicity have adopted
 * statements to judge: no reservation, full patience, and every hard red line softened except
 * those of one delegation (`keepHard`), which the adopted text must then respect.
 */
export function agreeableRoom(s: Scenario, keepHard: ActorId | null): Overrides {
  const out: Overrides = {};
  for (const id of s.participants) {
    const p = s.profiles[id]!;
    if (p.reservation !== 0) out[`${id}.reservation`] = '0';
    if (p.patience !== 1) out[`${id}.patience`] = '1';
    for (const [issue, position] of Object.entries(p.positions))
      if (position.hard && id !== keepHard) out[`${id}.positions.${issue}.hard`] = 'false';
  }
  return out;
}

/** Half the variants (the even ones) ask for an agreeable room keeping one delegation's red lines. */
export const agreeableHalf = (s: Scenario, variant: number): Overrides =>
  variant % 2 === 0 ? agreeableRoom(s, s.participants[Math.floor(variant / 2) % s.participants.length] ?? null) : {};

/** Runs `input` (after the invariant's premise, if any) and judges it. */
export function judgeRun(
  invariant: Invariant,
  input: RunInput,
  options: { engine?: Engine; variant?: number } = {},
): { input: RunInput; result: RunResult; verdict: Verdict } {
  const engine = options.engine ?? runScenario;
  const variant = options.variant ?? 0;
  const premised = invariant.premise
    ? { ...input, overrides: mergeOverrides(input.overrides, invariant.premise(effectiveScenario(input), variant)) }
    : input;
  const result = runInput(premised, engine);
  return { input: premised, result, verdict: invariant.judge(premised, result, { engine, variant }) };
}

/** Like judgeRun, but throws when the invariant fails: for `test.prop` bodies. Returns the verdict. */
export function assertInvariant(
  invariant: Invariant,
  input: RunInput,
  options: { engine?: Engine; variant?: number } = {},
): Verdict {
  const { input: ran, verdict } = judgeRun(invariant, input, options);
  if (!verdict.holds) {
    const sets = Object.entries(ran.overrides)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    throw new Error(
      `${invariant.id}: ${verdict.message}\n  (scenario ${ran.scenario.id}, seed ${ran.seed}${sets ? `, overrides ${sets}` : ''})`,
    );
  }
  return verdict;
}
