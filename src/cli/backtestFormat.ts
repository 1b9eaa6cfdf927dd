// The backtest as readable tables: per case, totals beside the baselines, reliability, split halves.
// Case ids, reasons and wordings come from files: every line is escaped on the way out.
import type { BacktestReport, CaseReport, Totals } from '../analysis/backtest.js';
import { safeLines, textTable } from '../present/lines.js';

const f2 = (x: number | null) => (x === null ? '-' : x.toFixed(2));
const f3 = (x: number | null) => (x === null ? '-' : x.toFixed(3));
const pct = (x: number | null) => (x === null ? '-' : `${Math.round(100 * x)}%`);

const table = (rows: string[][]) => textTable(rows);
const indented = (rows: string[][]) => textTable(rows).map((line) => `  ${line}`);

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
    r.level,
    short(r.real),
    `${f2(p)} ${ci}`,
    short(r.modal),
    r.model!.hit ? 'hit' : 'MISS',
    f3(r.model!.brier),
    f2(r.model!.logLoss),
    ukraine,
    votes,
  ];
}

function totalsRow(label: string, t: Totals): string[] {
  return [label, String(t.cases), pct(t.accuracy), f3(t.meanBrier), f3(t.logLoss)];
}

export function formatBacktest(report: BacktestReport, from: string): string {
  const scored = report.cases.filter((r) => r.model);
  const unscored = report.cases.filter((r) => !r.model);
  const lines: string[] = [];
  lines.push(`Backtest of ${report.cases.length} cases from ${from}: ${report.runs} runs each, seed ${report.seed}`);
  lines.push(
    `P(EVENT) is the share of runs with a joint text (consensus) or an adopted resolution (votes), with its 95% Wilson interval.`,
  );
  lines.push('');
  lines.push(
    ...table([
      [
        'CASE',
        'DATE',
        'LEVEL',
        'REAL',
        'P(EVENT) [95% CI]',
        'MODAL',
        'HIT',
        'BRIER',
        'LOG',
        'UKRAINE real / model',
        'VOTES',
      ],
      ...scored.map(caseRow),
    ]),
  );
  if (unscored.length > 0) {
    lines.push('', 'Not scored:');
    for (const r of unscored) lines.push(`  ${r.id}: ${r.unscorable}`);
  }
  const t = report.totals;
  lines.push(
    '',
    `Totals over ${t.model.cases} scored cases (hit: the modal outcome matches on joint vs not, or adopted vs not):`,
  );
  lines.push(
    ...indented([
      ['FORECASTER', 'CASES', 'ACCURACY', 'MEAN BRIER', 'LOG LOSS'],
      totalsRow('model', t.model),
      totalsRow('always joint/adopted', t.alwaysJoint),
      totalsRow(`base rate (${f2(report.baseRate)})`, t.baseRate),
      totalsRow('compromise baseline', t.compromise),
    ]),
  );
  lines.push(`  Exact outcome (joint / chair / none) where the record says which: ${pct(report.exactAccuracy)}`);
  const u = report.ukraineMatch;
  lines.push(
    `  Ukraine wording of real joint texts: model's modal wording matches in ${u.model} of ${u.cases}; compromise baseline in ${u.compromise} of ${u.cases}`,
  );
  const v = report.voteAccuracy;
  if (v.votes > 0)
    lines.push(
      `  Delegations' votes: model's modal vote right on ${pct(v.model)} of ${v.votes}; compromise baseline ${pct(v.compromise)}`,
    );
  lines.push('', 'Reliability (model forecasts in bins against how often the event happened):');
  lines.push(
    ...indented([
      ['FORECAST', 'CASES', 'MEAN FORECAST', 'OBSERVED'],
      ...report.reliability.map((b) => [
        `${f2(b.from)}-${f2(b.to)}`,
        String(b.cases),
        f2(b.meanForecast),
        f2(b.observed),
      ]),
    ]),
  );
  lines.push('', 'Split half (scored cases alternately by date; the base rate comes from the other half):');
  for (const [name, half] of Object.entries(report.splitHalf)) {
    lines.push(
      `  ${name} (${half.model.cases} cases): model Brier ${f3(half.model.meanBrier)}, base rate ${f3(half.baseRate.meanBrier)}, always joint ${f3(half.alwaysJoint.meanBrier)}; model accuracy ${pct(half.model.accuracy)}`,
    );
  }
  lines.push('', `Note: ${report.smoothing}.`);
  return safeLines(lines);
}
