// Scores the model's forecasts against cases with a known real outcome: per case the probability
// of each outcome, hit or miss, Brier and log scores; in total the same scores beside three
// baselines, a reliability table and split-half scores. Reads run summaries, never engine internals.
import { OUTCOMES, type ExpectedOutcome, type OutcomeKind, type Scenario, type Vote } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { compromiseForecast } from './compromise.js';
import { CONSENSUS_TEXT, happened as eventIn, type ReportedEvent } from './consensusText.js';
import { runBatches, type Batch, type PoolOptions } from './runPool.js';
import type { RunSummary } from './runSummary.js';
import { brier, logLoss, mean, reliability, proportion, smoothed, type ReliabilityBin } from './stats.js';

export const SMOOTHING_NOTE = 'log scores use (k + 1/2) / (n + 1) for the probability of what happened (k of n runs)';

export interface BacktestCase {
  file: string;
  scenario: Scenario;
}

export interface OutcomeShare {
  runs: number;
  p: number;
  lo: number;
  hi: number;
}

export interface Score {
  /** Forecast probability of the event (a joint text, or a resolution adopted). */
  p: number;
  hit: boolean;
  brier: number;
  logLoss: number;
}

export interface CaseReport {
  id: string;
  file: string;
  name: string;
  date: string;
  level: string;
  rule: string;
  real: ExpectedOutcome['outcome'] | null;
  source: string | null;
  /** Why the case was not scored; null when it was. */
  unscorable: string | null;
  runs: number;
  /** The event scored: `consensus-text` (a text agreed, whatever the product) for consensus, `adopted` for votes. */
  event: ReportedEvent;
  /** Each product's share, and `consensus-text`'s (which overlaps them); only those that happened. */
  outcomes: Partial<Record<ReportedEvent, OutcomeShare>>;
  modal: OutcomeKind | null;
  /** Whether the modal outcome matches the real one on the event (joint vs not, adopted vs not). */
  model: Score | null;
  /** Whether the modal outcome is exactly the real one; null when the record does not say which. */
  exactHit: boolean | null;
  ukraine: {
    real: string;
    modal: string | null;
    pMatch: number | null;
    match: boolean;
    compromise: string | null;
    compromiseMatch: boolean;
  } | null;
  votes: {
    given: number;
    correct: number;
    compromiseCorrect: number;
    detail: Record<string, { real: Vote; modal: Vote; pReal: number }>;
  } | null;
  baselines: { alwaysJoint: Score; baseRate: Score; compromise: Score } | null;
}

export interface Totals {
  cases: number;
  accuracy: number | null;
  meanBrier: number | null;
  logLoss: number | null;
}

export interface BacktestReport {
  seed: string;
  runs: number;
  smoothing: string;
  /** Share of scored cases whose event happened: the base-rate baseline's forecast. */
  baseRate: number | null;
  cases: CaseReport[];
  totals: { model: Totals; alwaysJoint: Totals; baseRate: Totals; compromise: Totals };
  exactAccuracy: number | null;
  ukraineMatch: { cases: number; model: number; compromise: number };
  voteAccuracy: { votes: number; model: number | null; compromise: number | null };
  reliability: ReliabilityBin[];
  /** Cases alternately by date into halves A and B; each half's base rate comes from the other half. */
  splitHalf: { A: HalfScore; B: HalfScore };
}

export interface HalfScore {
  ids: string[];
  model: Totals;
  baseRate: Totals;
  alwaysJoint: Totals;
}

const eventOf = (scenario: Scenario): ReportedEvent =>
  scenario.rules.decisionRule === 'consensus' ? CONSENSUS_TEXT : 'adopted';

/**
 * Whether the real outcome counts as the event. The record says `joint-statement` when a text was
 * agreed; `chair-statement` (a standing one too), `no-statement` and `no-joint-statement` when none was.
 */
const happened = (real: ExpectedOutcome['outcome'], event: ReportedEvent) =>
  real === (event === CONSENSUS_TEXT ? 'joint-statement' : event);

function score(p: number, k: number, n: number, wasEvent: boolean): Score {
  const pReal = wasEvent ? smoothed(k, n) : smoothed(n - k, n);
  return { p, hit: p >= 0.5 === wasEvent, brier: brier(p, wasEvent), logLoss: logLoss(pReal) };
}

/** The overrides that apply to a case: forum paths always, a delegation's only where it is seated. */
export function overridesFor(scenario: Scenario, overrides: Overrides): Overrides {
  return Object.fromEntries(
    Object.entries(overrides).filter(([path]) => {
      const head = path.split('.')[0]!;
      return head === 'forum' || scenario.participants.includes(head);
    }),
  );
}

/** Delegations that overrides name but no case seats: their overrides change nothing anywhere. */
export function unseatedEverywhere(cases: readonly BacktestCase[], overrides: Overrides): string[] {
  const named = new Set(Object.keys(overrides).map((path) => path.split('.')[0]!));
  named.delete('forum');
  return [...named].filter((actor) => !cases.some((c) => c.scenario.participants.includes(actor))).sort();
}

/**
 * Scores `runs` runs of every scorable case. `overrides` (as for `run --set`) apply to every case:
 * forum paths everywhere, a delegation's paths where it is seated.
 */
export async function backtest(
  cases: readonly BacktestCase[],
  runs: number,
  seed: string,
  pool: PoolOptions = {},
  overrides: Overrides = {},
): Promise<BacktestReport> {
  // Apply once here, so bad overrides fail before any worker starts, and baselines see them too.
  const applied = cases.map((c) => ({
    ...c,
    scenario: applyOverrides(c.scenario, overridesFor(c.scenario, overrides)),
  }));
  const original = new Map(applied.map((c, i) => [c, cases[i]!]));
  const scorable = applied.filter((c) => c.scenario.expected && !c.scenario.expected.unscorable);
  const batches: Batch[] = [];
  const owner: number[] = [];
  const BATCH = 25;
  scorable.forEach((c, index) => {
    for (let start = 0; start < runs; start += BATCH) {
      const seeds = Array.from({ length: Math.min(BATCH, runs - start) }, (_, i) =>
        deriveSeed(`${seed}/${c.scenario.id}`, start + i),
      );
      batches.push({ file: c.file, overrides: overridesFor(original.get(c)!.scenario, overrides), seeds });
      owner.push(index);
    }
  });
  const results = await runBatches(batches, pool);
  const summaries: RunSummary[][] = scorable.map(() => []);
  results.forEach((batch, i) => summaries[owner[i]!]!.push(...batch));

  const events = scorable.map((c) => happened(c.scenario.expected!.outcome, eventOf(c.scenario)));
  const baseRate = events.length ? events.filter(Boolean).length / events.length : null;
  const reports = applied.map((c) => {
    const index = scorable.indexOf(c);
    return index < 0 ? unscoredReport(c, runs) : caseReport(c, summaries[index]!, baseRate ?? 0.5);
  });
  const scored = reports.filter((r) => r.model !== null);
  const totalsOf = (pick: (r: CaseReport) => Score) => totals(scored.map(pick));
  const ukraineCases = scored.filter((r) => r.ukraine);
  const voteCases = scored.filter((r) => r.votes);
  const votesGiven = voteCases.reduce((n, r) => n + r.votes!.given, 0);
  const exact = scored.filter((r) => r.exactHit !== null);
  return {
    seed,
    runs,
    smoothing: SMOOTHING_NOTE,
    baseRate,
    cases: reports,
    totals: {
      model: totalsOf((r) => r.model!),
      alwaysJoint: totalsOf((r) => r.baselines!.alwaysJoint),
      baseRate: totalsOf((r) => r.baselines!.baseRate),
      compromise: totalsOf((r) => r.baselines!.compromise),
    },
    exactAccuracy: exact.length ? exact.filter((r) => r.exactHit).length / exact.length : null,
    ukraineMatch: {
      cases: ukraineCases.length,
      model: ukraineCases.filter((r) => r.ukraine!.match).length,
      compromise: ukraineCases.filter((r) => r.ukraine!.compromiseMatch).length,
    },
    voteAccuracy: {
      votes: votesGiven,
      model: votesGiven ? voteCases.reduce((n, r) => n + r.votes!.correct, 0) / votesGiven : null,
      compromise: votesGiven ? voteCases.reduce((n, r) => n + r.votes!.compromiseCorrect, 0) / votesGiven : null,
    },
    reliability: reliability(scored.map((r) => ({ p: r.model!.p, happened: happened(r.real!, r.event) }))),
    splitHalf: splitHalf(scored, runs),
  };
}

function totals(scores: readonly Score[]): Totals {
  return {
    cases: scores.length,
    accuracy: mean(scores.map((s) => (s.hit ? 1 : 0))),
    meanBrier: mean(scores.map((s) => s.brier)),
    logLoss: mean(scores.map((s) => s.logLoss)),
  };
}

function unscoredReport(c: BacktestCase, runs: number): CaseReport {
  const s = c.scenario;
  return {
    ...identity(c),
    unscorable: s.expected?.unscorable ?? 'no real outcome (`expected`) in the file',
    runs,
    event: eventOf(s),
    outcomes: {},
    modal: null,
    model: null,
    exactHit: null,
    ukraine: null,
    votes: null,
    baselines: null,
  };
}

function identity(c: BacktestCase) {
  const s = c.scenario;
  return {
    id: s.id,
    file: c.file,
    name: s.name,
    date: s.date,
    level: s.level,
    rule: s.rules.decisionRule,
    real: s.expected?.outcome ?? null,
    source: s.expected?.source ?? null,
  };
}

function caseReport(c: BacktestCase, summaries: readonly RunSummary[], baseRate: number): CaseReport {
  const s = c.scenario;
  const expected = s.expected!;
  const n = summaries.length;
  const event = eventOf(s);
  const counts = new Map<OutcomeKind, number>();
  for (const r of summaries) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const k = summaries.filter((r) => eventIn(r, event)).length;
  const outcomes: CaseReport['outcomes'] = {};
  for (const kind of OUTCOMES) {
    const runs = counts.get(kind);
    if (runs) outcomes[kind] = { runs, ...proportion(runs, n) };
  }
  if (k && event === CONSENSUS_TEXT) outcomes[CONSENSUS_TEXT] = { runs: k, ...proportion(k, n) };
  const modal = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || OUTCOMES.indexOf(a[0]) - OUTCOMES.indexOf(b[0]),
  )[0]![0];
  const wasEvent = happened(expected.outcome, event);
  const compromise = compromiseForecast(s);
  // The static model has no chair's statement beside a text: its joint statement is its text agreed.
  const compromiseEvent = compromise.outcome === (event === CONSENSUS_TEXT ? 'joint-statement' : event);
  return {
    ...identity(c),
    unscorable: null,
    runs: n,
    event,
    outcomes,
    modal,
    model: score(k / n, k, n, wasEvent),
    exactHit: expected.outcome === 'no-joint-statement' ? null : modal === expected.outcome,
    ukraine: expected.ukraine ? ukraineReport(expected.ukraine, summaries, compromise.ukraine) : null,
    votes: expected.votes ? voteReport(expected.votes, summaries, compromise.votes) : null,
    baselines: {
      alwaysJoint: score(1, n, n, wasEvent),
      baseRate: score(baseRate, Math.round(baseRate * n), n, wasEvent),
      compromise: score(compromiseEvent ? 1 : 0, compromiseEvent ? n : 0, n, wasEvent),
    },
  };
}

function ukraineReport(
  expected: string | readonly string[],
  summaries: readonly RunSummary[],
  compromise: string | null,
): NonNullable<CaseReport['ukraine']> {
  // The record may give a family of rungs the real text fits: any of them is a match.
  const family: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  const adopted = summaries.filter((r) => r.ukraine !== null);
  const counts = new Map<string, number>();
  for (const r of adopted) counts.set(r.ukraine!, (counts.get(r.ukraine!) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const inFamily = (rung: string | null) => rung !== null && family.includes(rung);
  const matching = family.reduce((sum, rung) => sum + (counts.get(rung) ?? 0), 0);
  return {
    real: family.join('|'),
    modal,
    pMatch: adopted.length ? matching / adopted.length : null,
    match: inFamily(modal),
    compromise,
    compromiseMatch: inFamily(compromise),
  };
}

function voteReport(
  real: Record<string, Exclude<Vote, 'absent'>>,
  summaries: readonly RunSummary[],
  compromise: Record<string, Vote> | null,
): NonNullable<CaseReport['votes']> {
  const detail: NonNullable<CaseReport['votes']>['detail'] = {};
  let correct = 0;
  let compromiseCorrect = 0;
  for (const [id, vote] of Object.entries(real)) {
    const counts = new Map<Vote, number>();
    for (const r of summaries) {
      const v = r.votes?.[id] ?? 'absent';
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'absent';
    detail[id] = { real: vote, modal, pReal: (counts.get(vote) ?? 0) / Math.max(1, summaries.length) };
    if (modal === vote) correct++;
    if (compromise?.[id] === vote) compromiseCorrect++;
  }
  return { given: Object.keys(real).length, correct, compromiseCorrect, detail };
}

function splitHalf(scored: readonly CaseReport[], runs: number): BacktestReport['splitHalf'] {
  const byDate = [...scored].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const halves = { A: byDate.filter((_, i) => i % 2 === 0), B: byDate.filter((_, i) => i % 2 === 1) };
  const rate = (cases: readonly CaseReport[]) =>
    cases.length ? cases.filter((r) => happened(r.real!, r.event)).length / cases.length : 0.5;
  const half = (mine: readonly CaseReport[], other: readonly CaseReport[]): HalfScore => {
    const otherRate = rate(other);
    return {
      ids: mine.map((r) => r.id),
      model: totals(mine.map((r) => r.model!)),
      alwaysJoint: totals(mine.map((r) => r.baselines!.alwaysJoint)),
      baseRate: totals(
        mine.map((r) => score(otherRate, Math.round(otherRate * runs), runs, happened(r.real!, r.event))),
      ),
    };
  };
  return { A: half(halves.A, halves.B), B: half(halves.B, halves.A) };
}
