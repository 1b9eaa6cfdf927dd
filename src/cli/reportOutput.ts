// `--report DIR` for the commands that have it: builds the command's report sections and writes the
// folder. The charting libraries load only here, when a report is asked for, not on every command.
import { join } from 'node:path';
import type { BacktestCase, BacktestReport } from '../analysis/backtest.js';
import type { SensitivityReport } from '../analysis/sensitivity.js';
import type { SweepHeader, SweepRecord } from '../analysis/sweepLine.js';
import type { SweepSummary } from '../analysis/sweepSummary.js';
import { safeText } from '../present/safeText.js';
import { backtestSections, casesHash } from '../report/backtestSections.js';
import { checkReportFolder } from '../report/reportFolder.js';
import { curveTally, type CurveTally } from '../report/curveTally.js';
import { designCurveTally, designSections } from '../report/designCurves.js';
import { sensitivitySections } from '../report/sensitivitySections.js';
import { sweepSections } from '../report/sweepSections.js';
import type { Report } from '../report/types.js';
import type { Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import type { Io } from './runCommand.js';
import { describeWriteError, EXIT_OUTPUT_ERROR } from './streams.js';
import { isSystemError } from './sweepIoError.js';

/** Writes `report` to `dir`: 0, or 74 with one line when the system refuses (bad input throws: exit 2). */
export async function writeReportTo(io: Io, dir: string, report: Report): Promise<number> {
  const { writeReport } = await import('../report/writeReport.js');
  try {
    await writeReport(dir, report);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const where = typeof error.path === 'string' ? error.path : dir;
    io.err(`forum-sim: cannot write the report to ${safeText(where)}: ${describeWriteError(error)}`);
    return EXIT_OUTPUT_ERROR;
  }
  io.err(`forum-sim: report written: ${safeText(join(dir, 'index.html'))} (${report.sections.length} charts)`);
  return 0;
}

/** A sweep's report: fed each record as it arrives (for the --vary curves), written at the end. */
export interface SweepReporter {
  add(records: readonly SweepRecord[]): void;
  write(io: Io, summary: SweepSummary, code: number): Promise<number>;
}

/**
 * null without --report. A sweep's curves are against its --vary parameters, a design's against
 * its factors. On --resume the runs already in the file were not seen here, so the curves are
 * drawn only when this process ran every run it reports (their counts would be short).
 */
export function sweepReporter(dir: string | undefined, header: SweepHeader, resumed: boolean): SweepReporter | null {
  if (dir === undefined) return null;
  checkReportFolder(dir);
  const { design } = header;
  // On --resume nothing is tallied: the curves would be drawn from part of the runs.
  const curves: CurveTally = resumed
    ? { add() {}, charts: () => [] }
    : design
      ? designCurveTally(design)
      : curveTally(header.vary);
  const varies = design ? design.kind !== 'sobol' : Object.keys(header.vary).length > 0;
  return {
    add(records) {
      for (const record of records) curves.add(record);
    },
    async write(io, summary, code) {
      // A sweep cut short or that lost output reports nothing more: its numbers are not the sweep's.
      if (code !== 0) return code;
      if (resumed && varies)
        io.err(
          `forum-sim: --report after --resume draws no curves against the ${design ? 'factors' : '--vary parameters'}: the earlier runs were not seen`,
        );
      return writeReportTo(
        io,
        dir,
        design
          ? { title: `forum-sim design: ${summary.scenario}`, sections: designSections(summary, design, curves) }
          : { title: `forum-sim sweep: ${summary.scenario}`, sections: sweepSections(summary, curves.charts()) },
      );
    },
  };
}

export interface SensitivityStampInputs {
  scenario: string;
  scenarioHash: string;
  overrides: Overrides;
}

export function writeSensitivityReport(
  io: Io,
  dir: string,
  report: SensitivityReport,
  inputs: SensitivityStampInputs,
  top: number,
): Promise<number> {
  const stamp = { command: 'sensitivity', ...inputs, seed: report.masterSeed, runs: report.runs, version: VERSION };
  return writeReportTo(io, dir, {
    title: `forum-sim sensitivity: ${inputs.scenario}`,
    sections: sensitivitySections(report, stamp, top),
  });
}

export function writeBacktestReport(
  io: Io,
  dir: string,
  report: BacktestReport,
  cases: readonly BacktestCase[],
  what: string,
  overrides: Overrides,
): Promise<number> {
  const stamp = {
    command: 'backtest',
    scenario: what,
    scenarioHash: casesHash(cases.map((c) => c.scenario.hash)),
    overrides,
    seed: report.seed,
    runs: report.runs,
    version: VERSION,
  };
  return writeReportTo(io, dir, { title: 'forum-sim backtest', sections: backtestSections(report, stamp) });
}
