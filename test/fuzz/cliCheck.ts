// The property every command keeps under hostile input, checked on one command line run in this
// process through main() (as bin/forum-sim.js runs it, minus the process): it exits with a code the
// contract allows (never 70, an error thrown past main), prints no stack trace, prefixes every
// stderr line with `forum-sim: `, and a refusal (exit 2 or 74) names the file it refuses.
import { main } from '../../src/cli/main.js';
import type { Finding } from './check.js';
import { generalize } from './check.js';

export interface CliRun {
  argv: string[];
  /** The exit code, or 70 when main() threw (the CLI's edge turns that into "internal error", exit 70). */
  code: number;
  out: string;
  err: string;
  thrown?: unknown;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
  try {
    const code = await main(argv, io, false);
    return { argv, code, out: out.join('\n'), err: err.join('\n') };
  } catch (thrown) {
    return { argv, code: 70, out: out.join('\n'), err: err.join('\n'), thrown };
  }
}

export interface CliExpectation {
  /** Exit codes the contract allows here. */
  codes: readonly number[];
  /** A file a refusal must name (exit 2 or 74). */
  names?: string;
}

/** What is wrong with a command's run, as findings of the fuzz (check.ts's kinds). */
export function cliFindings(stage: string, run: CliRun, expected: CliExpectation): Finding[] {
  const findings: Finding[] = [];
  const finding = (kind: Finding['kind'], signature: string, detail = '') =>
    findings.push({ kind, stage, signature: `${stage.split(' ')[0]}: ${signature}`, detail: detail || describe(run) });
  if (run.thrown !== undefined) {
    const e = run.thrown instanceof Error ? run.thrown : new Error(String(run.thrown));
    finding('thrown', `exit 70: ${e.name}: ${generalize(e.message)}`, e.stack ?? e.message);
  } else if (!expected.codes.includes(run.code)) finding('inconsistent', `exit ${run.code}`);
  const lines = run.err === '' ? [] : run.err.split('\n');
  if (lines.some((line) => /^\s+at .*:\d+/.test(line))) finding('malformed', 'stack trace on stderr');
  const bare = lines.find((line) => !line.startsWith('forum-sim: ') && !line.startsWith("Run 'forum-sim"));
  if (bare !== undefined) finding('malformed', `stderr line without the forum-sim: prefix: ${generalize(bare)}`);
  if ((run.code === 2 || run.code === 74) && expected.names !== undefined && !run.err.includes(expected.names))
    finding('malformed', `exit ${run.code} without naming the file`);
  return findings;
}

export function describe(run: CliRun): string {
  return [
    `forum-sim ${run.argv.join(' ')}`,
    `exit ${run.code}`,
    `stderr: ${run.err.slice(0, 1_500)}`,
    `stdout: ${run.out.slice(0, 500)}`,
  ].join('\n');
}
