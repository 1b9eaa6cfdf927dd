// `forum-sim sobol FILE...`: first-order and total Sobol indices of a sobol design's runs, from its
// --out file or its shards' files, as text or JSON.
import { CONSENSUS_TEXT, REPORTED_EVENTS, type ReportedEvent } from '../analysis/consensusText.js';
import { sobolSection } from '../analysis/design/sobolChart.js';
import { DEFAULT_BOOTSTRAP, sobolAnalysis, type SobolAnalysis } from '../analysis/design/sobolFile.js';
import { checkReportFolder } from '../report/reportFolder.js';
import { writeReportTo } from './reportOutput.js';
import { didYouMean } from '../scenario/errors.js';
import { parse, wholeNumberOption } from './args.js';
import { warnTo, type Io } from './runCommand.js';
import { formatSobol } from './sobolFormat.js';
import { HELP, UsageError } from './usage.js';

const MAX_BOOTSTRAP = 100_000;

export async function sobolCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('sobol', argv, {
    outcome: { type: 'string' },
    bootstrap: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
  });
  if (values.help) {
    io.out(HELP.sobol!);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('sobol needs a FILE: the --out file of `forum-sim design --kind sobol`', 'sobol');
  const outcome = (values.outcome ?? CONSENSUS_TEXT) as ReportedEvent;
  if (!REPORTED_EVENTS.includes(outcome))
    throw new UsageError(
      `--outcome expects one of ${REPORTED_EVENTS.join(', ')}, got "${values.outcome}"${didYouMean(outcome, REPORTED_EVENTS)}`,
      'sobol',
    );
  const bootstrap =
    values.bootstrap === '0'
      ? 0
      : wholeNumberOption('sobol', 'bootstrap', values.bootstrap, DEFAULT_BOOTSTRAP, MAX_BOOTSTRAP);
  if (values.report !== undefined) checkReportFolder(values.report);
  const analysis = sobolAnalysis(positionals, { outcome, bootstrap, seed: values.seed ?? '1' }, warnTo(io));
  io.out(values.json ? sobolJson(analysis) : formatSobol(analysis));
  if (values.report === undefined) return 0;
  const report = { title: `Sobol indices of ${analysis.header.scenario}`, sections: [sobolSection(analysis)] };
  return await writeReportTo(io, values.report, report);
}

function sobolJson(analysis: SobolAnalysis): string {
  const { header, ...rest } = analysis;
  const { scenario, scenarioHash, version, seed, overrides, design } = header;
  return JSON.stringify({ scenario, scenarioHash, version, seed, overrides, design, ...rest }, null, 2);
}
