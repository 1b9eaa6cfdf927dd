// One case scored: the model's share of each outcome, its forecast of the event beside every
// baseline's, the Ukraine wording of a joint text and the delegations' votes. Pure: it reads the
// counts of the case's runs (caseTally.ts) and the case, never engine internals.
import { OUTCOMES, type ExpectedOutcome, type OutcomeKind, type Scenario, type Vote } from '../../domain/types.js';
import { compromiseForecast } from '../compromise.js';
import { CONSENSUS_TEXT, type ReportedEvent } from '../consensusText.js';
import { eventCount, voteCounts, type CaseTally } from './caseTally.js';
import { proportion } from '../stats.js';
import { baselineForecasts, type TrainedRates } from './baselines.js';
import { eventOf, happened, score, type Score } from './score.js';
import type { Period } from './split.js';
import { decidedByRule, isContested } from './subsets.js';

export interface OutcomeShare {
  runs: number;
  p: number;
  lo: number;
  hi: number;
}

export interface Baselines {
  alwaysJoint: Score;
  baseRate: Score;
  kindRate: Score;
  compromise: Score;
  /** The rate the user supplied (`--base-rate`); null when none was. */
  outside: Score | null;
}

export interface CaseReport {
  id: string;
  /** The case file, as given (the command makes it relative to the working directory). */
  file: string;
  name: string;
  date: string;
  kind: string;
  level: string;
  rule: string;
  period: Period;
  /** See subsets.ts: the record says something was fought over, or rival blocs sit together. */
  contested: boolean;
  /** The rule that settles the case without negotiating (subsets.ts); null when negotiation does. */
  decidedBy: string | null;
  /** Delegations the case file overrides inline (its own stances), sorted. */
  caseOverrides: string[];
  /** The keys of the case's rows in the record files: its id, and each key `expected.record` names. */
  recordKeys: string[];
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
  /**
   * The model's forecast tempered by the T fitted on the train period (calibration.ts); null until
   * the backtest has fitted T, and for a case not scored.
   */
  calibrated: Score | null;
  /** The model on the case without its inline overrides: the same runs when it has none. */
  modelWithoutOverrides: Score | null;
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
  baselines: Baselines | null;
}

export interface CaseInput {
  file: string;
  scenario: Scenario;
  period: Period;
  caseOverrides: string[];
}

function identity(c: CaseInput) {
  const s = c.scenario;
  return {
    id: s.id,
    file: c.file,
    name: s.name,
    date: s.date,
    kind: s.kind,
    level: s.level,
    rule: s.rules.decisionRule,
    period: c.period,
    contested: isContested(s),
    decidedBy: decidedByRule(s),
    caseOverrides: c.caseOverrides,
    recordKeys: recordKeysOf(s.id, s.expected?.record),
    real: s.expected?.outcome ?? null,
    source: s.expected?.source ?? null,
  };
}

export function unscoredReport(c: CaseInput, runs: number): CaseReport {
  const s = c.scenario;
  return {
    ...identity(c),
    unscorable: s.expected?.unscorable ?? 'no real outcome (`expected`) in the file',
    runs,
    event: eventOf(s),
    outcomes: {},
    modal: null,
    model: null,
    calibrated: null,
    modelWithoutOverrides: null,
    exactHit: null,
    ukraine: null,
    votes: null,
    baselines: null,
  };
}

const shareOfEvent = (tally: CaseTally, event: ReportedEvent) =>
  tally.runs ? eventCount(tally, event) / tally.runs : 0;

/**
 * The case scored from its runs' counts. `stripped` counts its runs without inline overrides, or null when
 * they are the same runs (a case with no overrides, or a backtest that stripped them everywhere).
 * `compromiseScenario` is the scenario the compromise baseline reads (stripped when the runs are).
 */
export function caseReport(
  c: CaseInput,
  summaries: CaseTally,
  stripped: CaseTally | null,
  rates: TrainedRates,
  outsideRate: number | null,
  compromiseScenario: Scenario = c.scenario,
): CaseReport {
  const s = c.scenario;
  const expected = s.expected!;
  const n = summaries.runs;
  const event = eventOf(s);
  const counts = summaries.outcomes;
  const k = eventCount(summaries, event);
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
  const compromise = compromiseForecast(compromiseScenario);
  // The static model has no chair's statement beside a text: its joint statement is its text agreed.
  const compromiseEvent = compromise.outcome === (event === CONSENSUS_TEXT ? 'joint-statement' : event);
  const rated = baselineForecasts(rates, s.kind, outsideRate);
  const model = score(k / n, n, wasEvent);
  return {
    ...identity(c),
    unscorable: null,
    runs: n,
    event,
    outcomes,
    modal,
    model,
    calibrated: null,
    modelWithoutOverrides: stripped ? score(shareOfEvent(stripped, event), stripped.runs, wasEvent) : model,
    exactHit: expected.outcome === 'no-joint-statement' ? null : modal === expected.outcome,
    ukraine: expected.ukraine ? ukraineReport(expected.ukraine, summaries, compromise.ukraine) : null,
    votes: expected.votes ? voteReport(expected.votes, summaries, compromise.votes) : null,
    baselines: {
      alwaysJoint: score(rated.alwaysJoint, n, wasEvent),
      baseRate: score(rated.baseRate, n, wasEvent),
      kindRate: score(rated.kindRate, n, wasEvent),
      compromise: score(compromiseEvent ? 1 : 0, n, wasEvent),
      outside: rated.outside === null ? null : score(rated.outside, n, wasEvent),
    },
  };
}

function ukraineReport(
  expected: string | readonly string[],
  summaries: CaseTally,
  compromise: string | null,
): NonNullable<CaseReport['ukraine']> {
  // The record may give a family of rungs the real text fits: any of them is a match.
  const family: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  const counts = summaries.ukraine;
  const adopted = [...counts.values()].reduce((a, b) => a + b, 0);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const inFamily = (rung: string | null) => rung !== null && family.includes(rung);
  const matching = family.reduce((sum, rung) => sum + (counts.get(rung) ?? 0), 0);
  return {
    real: family.join('|'),
    modal,
    pMatch: adopted ? matching / adopted : null,
    match: inFamily(modal),
    compromise,
    compromiseMatch: inFamily(compromise),
  };
}

function voteReport(
  real: Record<string, Exclude<Vote, 'absent'>>,
  summaries: CaseTally,
  compromise: Record<string, Vote> | null,
): NonNullable<CaseReport['votes']> {
  const detail: NonNullable<CaseReport['votes']>['detail'] = {};
  let correct = 0;
  let compromiseCorrect = 0;
  for (const [id, vote] of Object.entries(real)) {
    const counts = voteCounts(summaries, id);
    const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'absent';
    detail[id] = { real: vote, modal, pReal: (counts.get(vote) ?? 0) / Math.max(1, summaries.runs) };
    if (modal === vote) correct++;
    if (compromise?.[id] === vote) compromiseCorrect++;
  }
  return { given: Object.keys(real).length, correct, compromiseCorrect, detail };
}

/**
 * A case stands for its id's row and for each row `expected.record` names: a Security Council
 * meeting is both a row of meetings and a row of votes.
 */
function recordKeysOf(id: string, record: string | readonly string[] | undefined): string[] {
  const named = record === undefined ? [] : typeof record === 'string' ? [record] : record;
  return [...new Set([id, ...named])];
}
