// `forum-sim validate FILE...`: every problem of every file, one line each (formatProblem escapes them).
import { safeText } from '../present/safeText.js';
import { formatProblem } from '../scenario/errors.js';
import { validatePath } from '../scenario/validate.js';
import { parse } from './args.js';
import type { Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';

export function validateCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('validate', argv, {});
  if (values.help) {
    io.out(HELP.validate!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE', 'validate');
  let failed = 0;
  for (const path of positionals) {
    const report = validatePath(path);
    if (report.problems.length === 0) io.out(`ok  ${safeText(path)} (${report.kind})`);
    else {
      failed++;
      for (const problem of report.problems) io.err(`forum-sim: ${formatProblem(problem)}`);
    }
  }
  if (failed > 0) io.err(`forum-sim: ${failed} of ${positionals.length} file(s) invalid`);
  return failed > 0 ? 2 : 0;
}
