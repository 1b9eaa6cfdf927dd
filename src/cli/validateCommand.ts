// `forum-sim validate FILE...`: every problem of every file, one line each (formatProblem
// escapes them); a folder stands for its YAML files, a built-in id for its forum file, as in run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { safeText } from '../present/safeText.js';
import { formatProblem, InputError, type Problem } from '../scenario/errors.js';
import { scenarioPath } from '../scenario/loader.js';
import { validatePath } from '../scenario/validate.js';
import { sequenceFile } from '../sequence/load.js';
import { parse } from './args.js';
import type { Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';
import { isFolder, yamlFilesIn } from './yamlFolder.js';

/** A file to check, and how the report names it (as the user did). */
interface Named {
  shown: string;
  path: string;
}

/** What a name on the command line stands for: files to check, or why it stands for none. */
function filesNamed(name: string): { files: Named[] } | { problem: Problem } {
  if (isFolder(resolve(name))) {
    const files = yamlFilesIn(name).map((path) => ({ shown: path, path }));
    return files.length > 0
      ? { files }
      : { problem: { file: name, path: '', message: 'no .yaml files in this folder' } };
  }
  if (existsSync(resolve(name))) return { files: [{ shown: name, path: name }] };
  // Not a file here: a built-in id (`arf-2022`, `phnom-penh-2022`), or a path that validatePath reports missing.
  const sequence = sequenceFile(name);
  if (sequence) return { files: [{ shown: name, path: sequence }] };
  try {
    return { files: [{ shown: name, path: scenarioPath(name) }] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problem: error.problems[0]! };
  }
}

export function validateCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('validate', argv, {});
  if (values.help) {
    io.out(HELP.validate!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE', 'validate');
  let failed = 0;
  let checked = 0;
  const report = (problems: Problem[]) => {
    failed++;
    for (const problem of problems) io.err(`forum-sim: ${formatProblem(problem)}`);
  };
  for (const name of positionals) {
    const named = filesNamed(name);
    if ('problem' in named) {
      checked++;
      report([named.problem]);
      continue;
    }
    for (const file of named.files) {
      checked++;
      const result = validatePath(file.path);
      for (const warning of result.warnings) io.err(`forum-sim: warning: ${formatProblem(warning)}`);
      if (result.problems.length === 0) io.out(`ok  ${safeText(file.shown)} (${result.kind})`);
      else report(result.problems);
    }
  }
  if (failed > 0) io.err(`forum-sim: ${failed} of ${checked} file(s) invalid`);
  return failed > 0 ? 2 : 0;
}
