// The backtest as readable text: per case (train, then test), the forward table and the other
// totals (backtestForwardFormat.ts), and every record row or case not scored with its reason.
// Case ids, reasons and wordings come from files: every line is escaped on the way out.
import type { BacktestReport, CaseReport } from '../analysis/backtest.js';
import type { NotScoredRow } from '../analysis/backtest/recordRows.js';
import type { Period } from '../analysis/backtest/split.js';
import { safeLines, textTable } from '../present/lines.js';
import { f2, f3, forwardLines, overrideLines, pct, reliabilityLines, splitHalfLines } from './backtestForwardFormat.js';

/** The report as the command prints it: paths relative, with the record's rows accounted for. */
export type ShownReport = BacktestReport & { notScored: NotScoredRow[] | null; casesWithoutRow: string[] };

const REAL_SHORT: Record<string, string> = {
  'joint-statement': 'joint',
  'chair-statement': 'chair',
  'no-statement': 'none',
  'no-joint-statement': 'not joint',
};
const short = (outcome: string | null) => (outcome === null ? '-' : (REAL_SHORT[outcome] ?? outcome));

function caseRow(r: CaseReport): string[] {
  const share = r.outcomes[r.event];
  const p = r.model!.p;
  const ci = share ? `[${f2(share.lo)}-${f2(share.hi)}]` : `[0.00-${f2(1 - (r.outcomes[r.modal!]?.lo ?? 1))}]`;
  const ukraine = r.ukraine ? `${r.ukraine.real} / ${r.ukraine.modal ?? '(no text)'}` : '';
  const votes = r.votes ? `${r.votes.correct}/${r.votes.given}` : '';
  return [
    r.id,
    r.date,
    r.kind,
    short(r.real),
    `${f2(p)} ${ci}`,
    short(r.modal),
    r.model!.hit ? 'hit' : 'MISS',
    f3(r.model!.brier),
    f2(r.model!.logLoss),
    f2(r.calibrated!.p),
    f2(r.baselines!.kindRate.p),
    r.caseOverrides.length ? f2(r.modelWithoutOverrides!.p) : '',
    r.contested ? 'yes' : '',
    r.decidedBy ?? '',
    ukraine,
    votes,
  ];
}

const HEADER = [
  'CASE',
  'DATE',
  'KIND',
  'REAL',
  'P(EVENT) [95% CI]',
  'MODAL',
  'HIT',
  'BRIER',
  'LOG',
  'CALIBRATED',
  'KIND RATE',
  'NO OVERRIDES',
  'CONTESTED',
  'DECIDED BY RULE',
  'UKRAINE real / model',
  'VOTES',
];

function periodLines(report: BacktestReport, period: Period): string[] {
  const cases = report.cases.filter((r) => r.model && r.period === period);
  const title =
    period === 'train' ? `Train period (to ${report.trainUntil})` : `Test period (after ${report.trainUntil})`;
  if (cases.length === 0) return [`${title}: no scored cases.`];
  return [`${title}: ${cases.length} scored cases`, ...textTable([HEADER, ...cases.map(caseRow)])];
}

function notScoredLines(report: ShownReport): string[] {
  const rows = report.notScored ?? [];
  const listed = new Set(rows.map((r) => r.key));
  const cases = report.cases.filter((r) => !r.model && !r.recordKeys.some((k) => listed.has(k)));
  if (rows.length + cases.length === 0) return [];
  const lines = [`Not scored (${rows.length + cases.length}):`];
  for (const row of rows) lines.push(`  ${row.key} (${row.file}${row.date ? `, ${row.date}` : ''}): ${row.reason}`);
  for (const r of cases) lines.push(`  ${r.id} (${r.file}): ${r.unscorable}`);
  return lines;
}

export function formatBacktest(report: ShownReport, from: string): string {
  const scored = report.cases.filter((r) => r.model);
  const lines: string[] = [
    `Backtest of ${report.cases.length} cases from ${from}: ${report.runs} runs each, seed ${report.seed}`,
    'P(EVENT) is the share of runs with a consensus text (consensus) or an adopted resolution (votes), with its 95% Wilson interval.',
    `CALIBRATED is P(EVENT) tempered by T=${f2(report.calibration.temperature)}, fitted on the train period; KIND RATE the forum kind's train-period rate; NO OVERRIDES the model's P(EVENT) without the case's own stances.`,
    '',
    ...periodLines(report, 'train'),
    '',
    ...periodLines(report, 'test'),
    '',
    ...forwardLines(report),
    '',
    ...overrideLines(report),
    '',
    `Over all ${scored.length} scored cases (hit: the modal outcome matches on joint vs not, or adopted vs not):`,
    `  Exact outcome (joint / chair / none) where the record says which: ${pct(report.exactAccuracy)}`,
    `  Ukraine wording of real joint texts: model's modal wording matches in ${report.ukraineMatch.model} of ${report.ukraineMatch.cases}; compromise baseline in ${report.ukraineMatch.compromise} of ${report.ukraineMatch.cases}`,
  ];
  const v = report.voteAccuracy;
  if (v.votes > 0)
    lines.push(
      `  Delegations' votes: model's modal vote right on ${pct(v.model)} of ${v.votes}; compromise baseline ${pct(v.compromise)}`,
    );
  lines.push('', ...reliabilityLines(report), '', ...splitHalfLines(report));
  const notScored = notScoredLines(report);
  if (notScored.length) lines.push('', ...notScored);
  if (report.casesWithoutRow.length)
    lines.push('', `Cases whose id (or expected.record) names no record row: ${report.casesWithoutRow.join(', ')}`);
  lines.push('', `Note: ${report.smoothing}.`);
  return safeLines(lines);
}
