// A sweep's report, computed from its header and the tally of its records only, so a sweep, a
// resumed sweep and merged shards of it give the same report. No timings: it is deterministic.
import type { OutcomeKind } from '../domain/types.js';
import { reportedOutcomes } from './reportedOutcomes.js';
import type { SweepHeader } from './sweepLine.js';
import { proportion } from './stats.js';
import type { SweepTally } from './sweepTally.js';

/** Version of the `sweep --json` object. */
export const SWEEP_JSON_SCHEMA_VERSION = 1;
/** Blockers listed in the report. */
export const TOP_BLOCKERS = 10;

export interface Share {
  runs: number;
  p: number;
  /** 95% Wilson interval. */
  lo: number;
  hi: number;
}

export interface OutcomeShare extends Share {
  outcome: OutcomeKind;
}

export interface SweepSummary {
  schemaVersion: typeof SWEEP_JSON_SCHEMA_VERSION;
  scenario: string;
  scenarioHash: string;
  version: string;
  seed: string;
  overrides: Record<string, string>;
  vary: Record<string, string>;
  /** Runs the sweep was asked for (all shards together). */
  runs: number;
  /** Runs with a line: finished or failed. */
  completed: number;
  errors: number;
  capped: number;
  /** Shares are of the runs that finished (completed - errors). */
  outcomes: OutcomeShare[];
  /**
   * Runs that adopted a consensus text, whatever the product (consensusText.ts): beside a standing
   * chairman's statement too. The same runs as `adopted`; it overlaps `outcomes`, which add up to 1.
   */
  consensusText: Share;
  rounds: { mean: number; p50: number; p90: number } | null;
  adopted: number;
  /** Per issue on the table, the wording of the adopted texts (shares of `adopted`). */
  paragraphs: { issue: string; rungs: { rung: string; runs: number; share: number }[] }[];
  /** The most frequent: runs in which the delegation stood in the way on the issue. */
  blockers: { actor: string; issue: string; runs: number; share: number }[];
  baseline: SweepHeader['baseline'];
}

const byCount =
  <T extends { runs: number }>(key: (x: T) => string) =>
  (a: T, b: T) =>
    b.runs - a.runs || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function summarizeSweep(header: SweepHeader, tally: SweepTally): SweepSummary {
  const finished = tally.completed - tally.errors;
  const share = (k: number, n: number) => (n === 0 ? 0 : k / n);
  const paragraphs = header.issues.map((issue) => ({
    issue,
    rungs: [...(tally.paragraphs.get(issue) ?? [])]
      .map(([rung, runs]) => ({ rung, runs, share: share(runs, tally.adopted) }))
      .sort(byCount((x) => x.rung)),
  }));
  const blockers = [...tally.blockers]
    .map(([key, runs]) => {
      const [actor, issue] = JSON.parse(key) as [string, string];
      return { actor, issue, runs, share: share(runs, finished) };
    })
    .sort(byCount((x) => `${x.actor} ${x.issue}`))
    .slice(0, TOP_BLOCKERS);
  return {
    schemaVersion: SWEEP_JSON_SCHEMA_VERSION,
    scenario: header.scenario,
    scenarioHash: header.scenarioHash,
    version: header.version,
    seed: header.seed,
    overrides: header.overrides,
    vary: header.vary,
    runs: header.runs,
    completed: tally.completed,
    errors: tally.errors,
    capped: tally.capped,
    outcomes: outcomeShares(header, tally),
    consensusText: { runs: tally.adopted, ...proportion(tally.adopted, finished) },
    rounds: roundStats(tally.rounds),
    adopted: tally.adopted,
    paragraphs,
    blockers,
    baseline: header.baseline,
  };
}

/** The outcomes the decision rule can give, and any other seen, with their 95% Wilson intervals. */
function outcomeShares(header: SweepHeader, tally: SweepTally): OutcomeShare[] {
  const finished = tally.completed - tally.errors;
  return reportedOutcomes(header.decisionRule, (o) => tally.outcomes.has(o)).map((outcome) => {
    const runs = tally.outcomes.get(outcome) ?? 0;
    return { outcome, runs, ...proportion(runs, finished) };
  });
}

/** Mean and nearest-rank p50 and p90 of the rounds histogram; null when no run finished. */
export function roundStats(histogram: ReadonlyMap<number, number>): SweepSummary['rounds'] {
  const entries = [...histogram].sort((a, b) => a[0] - b[0]);
  const n = entries.reduce((sum, [, k]) => sum + k, 0);
  if (n === 0) return null;
  const total = entries.reduce((sum, [rounds, k]) => sum + rounds * k, 0);
  const quantile = (q: number) => {
    const rank = Math.ceil(q * n);
    let seen = 0;
    for (const [rounds, k] of entries) if ((seen += k) >= rank) return rounds;
    return entries[entries.length - 1]![0];
  };
  return { mean: total / n, p50: quantile(0.5), p90: quantile(0.9) };
}
