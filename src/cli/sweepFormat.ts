// A sweep's summary as text for people, or as CSV (one row per figure) for a spreadsheet.
import { CONSENSUS_TEXT } from '../analysis/consensusText.js';
import type { Share, SweepSummary } from '../analysis/sweepSummary.js';
import { safeText } from '../present/safeText.js';
import type { Shard } from '../analysis/sweepLine.js';
import { shardRange } from '../analysis/sweepPlan.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pairs = (map: Record<string, string>) =>
  Object.entries(map)
    .map(([k, v]) => `${safeText(k)}=${safeText(v)}`)
    .join(' ');

/** `shard`: the slice this sweep ran, when it ran one (the summary itself does not say). */
export function formatSweep(s: SweepSummary, shard: Shard | null = null): string {
  return [...heading(s, shard), ...odds(s), ...wording(s), ...blockers(s)].join('\n');
}

function heading(s: SweepSummary, shard: Shard | null): string[] {
  const lines = [
    `${safeText(s.scenario)}: ${s.completed} of ${s.runs} runs (master seed ${safeText(s.seed)})` +
      `${s.errors ? `, ${s.errors} failed (error lines)` : ''}${s.capped ? `, ${s.capped} cut short by the event cap` : ''}`,
  ];
  if (shard) {
    const { from, to } = shardRange(s.runs, shard);
    lines.push(
      `  shard ${shard.index}/${shard.count}: runs ${from} to ${to - 1}; merge the shards' files for the whole sweep`,
    );
  }
  if (Object.keys(s.overrides).length) lines.push(`  overrides: ${pairs(s.overrides)}`);
  if (Object.keys(s.vary).length) lines.push(`  vary: ${pairs(s.vary)}`);
  return lines;
}

function odds(s: SweepSummary): string[] {
  const lines = ['', `Outcome (of ${s.completed - s.errors} runs)   P       95% interval       runs   baseline`];
  const row = (name: string, o: Share, note: string) =>
    `  ${name.padEnd(22)} ${pct(o.p).padStart(6)}  [${pct(o.lo).padStart(6)}, ${pct(o.hi).padStart(6)}]  ${String(o.runs).padStart(6)}   ${note}`.trimEnd();
  for (const o of s.outcomes)
    lines.push(row(o.outcome, o, o.outcome === s.baseline.outcome ? '<- compromise baseline' : ''));
  // Overlaps the products above: at a forum that always issues a chair's statement, this is the news.
  lines.push(row(CONSENSUS_TEXT, s.consensusText, '(a text agreed, whatever the product)'));
  if (s.rounds) lines.push('', `Rounds: mean ${s.rounds.mean.toFixed(2)}, p50 ${s.rounds.p50}, p90 ${s.rounds.p90}`);
  return lines;
}

function wording(s: SweepSummary): string[] {
  const lines = [
    '',
    `Wording adopted per paragraph (of ${s.adopted} run${s.adopted === 1 ? '' : 's'} with an adopted text):`,
  ];
  for (const p of s.paragraphs) {
    const rungs = p.rungs.map((r) => `${safeText(r.rung)} ${pct(r.share)}`).join(', ') || '-';
    const baseline = s.baseline.paragraphs[p.issue];
    lines.push(`  ${safeText(p.issue)}: ${rungs}${baseline ? `   (baseline: ${safeText(baseline)})` : ''}`);
  }
  return lines;
}

function blockers(s: SweepSummary): string[] {
  const lines = ['', 'Most frequent blockers (share of runs in which they stood in the way):'];
  if (s.blockers.length === 0) lines.push('  none');
  for (const b of s.blockers)
    lines.push(
      `  ${`${safeText(b.actor)} on ${safeText(b.issue)}`.padEnd(28)} ${pct(b.share).padStart(6)}  (${b.runs})`,
    );
  lines.push(
    '',
    `Compromise baseline (the static spatial model: stated values, no dynamics): ${s.baseline.outcome}` +
      `${Object.keys(s.baseline.paragraphs).length ? `; ${pairs(s.baseline.paragraphs)}` : ''}`,
  );
  return lines;
}

const CSV_HEADER = 'section,item,runs,share,ci95_low,ci95_high,value';

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatSweepCsv(s: SweepSummary): string {
  const rows: (string | number | null)[][] = [
    ['runs', 'completed', s.completed, null, null, null, s.runs],
    ['runs', 'errors', s.errors, null, null, null, null],
    ['runs', 'capped', s.capped, null, null, null, null],
  ];
  for (const o of s.outcomes) rows.push(['outcome', o.outcome, o.runs, o.p, o.lo, o.hi, null]);
  // Its own section: it overlaps the outcomes, whose shares add up to 1.
  const t = s.consensusText;
  rows.push(['event', CONSENSUS_TEXT, t.runs, t.p, t.lo, t.hi, null]);
  if (s.rounds)
    for (const key of ['mean', 'p50', 'p90'] as const)
      rows.push(['rounds', key, null, null, null, null, s.rounds[key]]);
  for (const p of s.paragraphs)
    for (const r of p.rungs) rows.push(['paragraph', `${p.issue}:${r.rung}`, r.runs, r.share, null, null, null]);
  for (const b of s.blockers) rows.push(['blocker', `${b.actor}:${b.issue}`, b.runs, b.share, null, null, null]);
  rows.push(['baseline', 'outcome', null, null, null, null, s.baseline.outcome]);
  for (const [issue, rung] of Object.entries(s.baseline.paragraphs))
    rows.push(['baseline', issue, null, null, null, null, rung]);
  return [CSV_HEADER, ...rows.map((row) => row.map(csvField).join(','))].join('\n');
}
