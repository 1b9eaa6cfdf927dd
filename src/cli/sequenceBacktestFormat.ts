// `backtest --sequences` as readable text: per sequence case a table of its meetings (P of the
// event with the carry-over and alone, Brier and log loss of each), its totals, then the totals
// over every case. Ids, names and reasons come from files: every line is escaped on the way out.
import type { Totals } from '../analysis/backtest/score.js';
import type { MeetingScore, SequenceCaseReport } from '../analysis/backtest/sequenceScore.js';
import { safeLines, textTable } from '../present/lines.js';
import { f2, f3 } from './backtestForwardFormat.js';

export interface ShownSequenceBacktest {
  seed: string;
  runs: number;
  sequences: SequenceCaseReport[];
  totals: { carried: Totals; alone: Totals };
}

const HEADER = ['MEETING', 'DATE', 'PERIOD', 'REAL', 'CARRY IN', 'P CARRIED', 'P ALONE', 'BRIER C/A', 'LOG C/A'];

function meetingRow(m: MeetingScore): string[] {
  if (m.carried === null || m.alone === null)
    return [m.id, m.date, m.period, m.real, carryIn(m), '', '', '', `not scored: ${m.unscorable ?? ''}`];
  return [
    m.id,
    m.date,
    m.period,
    m.real,
    carryIn(m),
    f2(m.carried.p),
    f2(m.alone.p),
    `${f3(m.carried.brier)} / ${f3(m.alone.brier)}`,
    `${f3(m.carried.logLoss)} / ${f3(m.alone.logLoss)}`,
  ];
}

const carryIn = (m: MeetingScore) => `${m.chainsWithCarry}/${m.runs}`;

const totalsRow = (label: string, t: { carried: Totals; alone: Totals }): string[] => [
  label,
  ...HEADER.slice(1, -2).map(() => ''),
  `${f3(t.carried.meanBrier)} / ${f3(t.alone.meanBrier)}`,
  `${f3(t.carried.logLoss)} / ${f3(t.alone.logLoss)}`,
];

function sequenceLines(r: SequenceCaseReport): string[] {
  const rows = [HEADER, ...r.meetings.map(meetingRow), totalsRow(`mean of ${r.totals.carried.cases} scored`, r.totals)];
  return [`${r.id}: ${r.name} (${r.file})`, ...textTable(rows).map((line) => `  ${line}`)];
}

export function formatSequenceBacktest(report: ShownSequenceBacktest): string {
  const { carried, alone } = report.totals;
  return safeLines([
    `Sequence cases: ${report.sequences.length}, ${report.runs} chains each (chain i seeded ${report.seed}/i, its meeting k ${report.seed}/i/k);`,
    'each meeting scored with what carried into it (C) and alone on the same seeds, carry off (A);',
    'CARRY IN: the chains in which some value carried into the meeting.',
    'P is the forecast of the event (a consensus text; under a vote rule, adoption); log loss smoothed as in backtest.',
    '',
    ...report.sequences.flatMap((r) => [...sequenceLines(r), '']),
    `All ${carried.cases} scored meetings: Brier ${f3(carried.meanBrier)} carried, ${f3(alone.meanBrier)} alone;` +
      ` log loss ${f3(carried.logLoss)} carried, ${f3(alone.logLoss)} alone.`,
  ]);
}
