// `forum-sim prim FILE...`: scenario discovery over the runs of a sweep or design file (or its
// shards' files): the box of inputs where the outcome is likely (PRIM), with its coverage and
// density and the trajectory; with --report, the box as a chart.
import { CONSENSUS_TEXT } from '../analysis/consensusText.js';
import { parseDerive } from '../analysis/prim/derive.js';
import { DEFAULT_ALPHA, DEFAULT_MIN_MASS, runPrim } from '../analysis/prim/prim.js';
import { primSection } from '../analysis/prim/chart.js';
import { parseEvent, readPrimInputs } from '../analysis/prim/sweepData.js';
import { safeText } from '../present/safeText.js';
import { checkReportFolder } from '../report/reportFolder.js';
import { parse } from './args.js';
import { formatPrim, primJson, type PrimReport } from './primFormat.js';
import { writeReportTo } from './reportOutput.js';
import { warnTo, type Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';

/** `--NAME` as a number in (min, max], or undefined when absent. */
function shareOption(name: string, text: string | undefined, max = 1, min = 0): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (!Number.isFinite(x) || x <= min || x > max)
    throw new UsageError(`--${name} expects a number above ${min} and at most ${max}, got "${text}"`, 'prim');
  return x;
}

export async function primCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('prim', argv, {
    outcome: { type: 'string' },
    derive: { type: 'string', multiple: true },
    threshold: { type: 'string' },
    'min-coverage': { type: 'string' },
    alpha: { type: 'string' },
    'min-mass': { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
  });
  if (values.help) {
    io.out(HELP.prim!);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('prim needs a FILE: a sweep or design --out file, or the files of its shards', 'prim');
  const file = positionals.join(' ');
  const event = parseEvent(values.outcome ?? CONSENSUS_TEXT);
  const options = {
    alpha: shareOption('alpha', values.alpha, 0.5) ?? DEFAULT_ALPHA,
    minMass: shareOption('min-mass', values['min-mass']) ?? DEFAULT_MIN_MASS,
    threshold: shareOption('threshold', values.threshold),
    minCoverage: shareOption('min-coverage', values['min-coverage']),
  };
  const derived = (values.derive ?? []).map((spec) => parseDerive(spec));
  if (values.report !== undefined) checkReportFolder(values.report);
  const inputs = readPrimInputs(positionals, event, derived, warnTo(io));
  if (inputs.data.inputs.length === 0)
    throw new UsageError(`${file}: its runs vary no numeric input (sweep --vary or a design), nothing to peel`, 'prim');
  const report: PrimReport = { file, event, inputs, options, result: runPrim(inputs.data, options) };
  io.out(values.json ? primJson(report) : formatPrim(report));
  return values.report === undefined ? 0 : writePrimReport(io, values.report, report);
}

/** The box as the report's chart; no folder written when PRIM chose no box (nothing to draw). */
function writePrimReport(io: Io, dir: string, { inputs, result, event }: PrimReport): Promise<number> | number {
  const section = primSection(inputs.header, result, event);
  if (!section) {
    io.err(`forum-sim: no report written to ${safeText(dir)}: PRIM chose no box, so there is nothing to draw`);
    return 0;
  }
  return writeReportTo(io, dir, { title: `Scenario discovery on ${inputs.header.scenario}`, sections: [section] });
}
