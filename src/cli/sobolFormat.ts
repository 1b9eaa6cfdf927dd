// `forum-sim sobol`'s text: one line per factor, most influential (by total index) first, with a
// bar for the total, and a word on what the numbers mean.
import type { SobolAnalysis } from '../analysis/design/sobolFile.js';
import { safeText } from '../present/safeText.js';

const BAR = 20;
const fixed = (x: number) => x.toFixed(2).padStart(5);
const bar = (x: number) => '#'.repeat(Math.round(Math.min(Math.max(x, 0), 1) * BAR)).padEnd(BAR);

export function formatSobol(analysis: SobolAnalysis): string {
  const { header } = analysis;
  const lines = [
    `Sobol indices of P(${analysis.outcome}) on ${safeText(header.scenario)}: ${analysis.usedRows} base samples x ${header.design?.runsPerPoint ?? 0} runs per point (${analysis.runs} runs read${analysis.errors > 0 ? `, ${analysis.errors} threw` : ''})`,
    `P(${analysis.outcome}) over the design: mean ${analysis.mean.toFixed(3)}, variance ${analysis.variance.toFixed(4)}`,
    '',
  ];
  if (analysis.variance === 0) {
    lines.push(
      `P(${analysis.outcome}) was the same at every point: no factor moves it over these ranges (every index 0).`,
    );
    return lines.join('\n');
  }
  const width = Math.max(9, ...analysis.rows.map((r) => safeText(r.parameter).length));
  lines.push(`${'parameter'.padEnd(width)}  first  [95% interval]   total  [95% interval]   total`);
  const sorted = [...analysis.rows].sort((x, y) => y.total - x.total || x.parameter.localeCompare(y.parameter));
  for (const r of sorted)
    lines.push(
      `${safeText(r.parameter).padEnd(width)}  ${fixed(r.first)} [${fixed(r.firstLo)},${fixed(r.firstHi)}]   ${fixed(r.total)} [${fixed(r.totalLo)},${fixed(r.totalHi)}]   ${bar(r.total)}`,
    );
  lines.push(
    '',
    `first: the share of the variance of P the factor explains alone; total: with its interactions.`,
    `Intervals: ${analysis.bootstrap} bootstrap resamples of the base samples. Totals well above firsts: interactions matter.`,
  );
  return lines.join('\n');
}
