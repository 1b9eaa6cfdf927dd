// `forum-sim check SCENARIO`: property-tests the outcome invariants on random perturbations of the
// scenario and prints a table; a failure comes with a shrunk, ready-to-paste `forum-sim run` line.
import {
  checkScenario,
  demoFalseInvariant,
  type CheckProgress,
  type CheckReport,
  type InvariantReport,
} from '../analysis/check.js';
import { INVARIANTS, type Invariant } from '../analysis/invariants.js';
import { reproCommand } from '../analysis/overrideList.js';
import { didYouMean } from '../scenario/errors.js';
import { loadScenario } from '../scenario/loader.js';
import { oneScenario, parse } from './args.js';
import { overrideScenario, RUN_OPTIONS, warnTo, type Io } from './runCommand.js';
import { safeLines, textTable } from '../present/lines.js';
import { ttyProgress } from './progress.js';
import { HELP, UsageError } from './usage.js';
import { checkSequenceCommand } from './sequenceCheckCommand.js';
import { sequenceFile } from '../sequence/load.js';

export const DEFAULT_CHECK_RUNS = 100;
const MAX_RUNS = 1_000_000;

/** Every invariant `--invariants` can name: the ones that hold, and one that is false on purpose. */
export const CHECKABLE: readonly Invariant[] = [...INVARIANTS, demoFalseInvariant];

export interface CheckCommandOptions {
  /** Where progress goes; by default a line on stderr that overwrites itself, only on a TTY. */
  progress?: ((text: string) => void) | null;
  /** Invariants to check instead of the default set (tests plant their own). */
  invariants?: readonly Invariant[];
}

/** The check seed: a whole number as given, any other text hashed to one. */
export function checkSeed(text: string): number {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

function selectInvariants(list: string): Invariant[] {
  const ids = CHECKABLE.map((i) => i.id);
  const chosen: Invariant[] = [];
  for (const name of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const found = CHECKABLE.find((i) => i.id === name);
    if (!found)
      throw new UsageError(
        `unknown invariant "${name}"; expected one of ${ids.join(', ')}${didYouMean(name, ids)}`,
        'check',
      );
    if (!chosen.includes(found)) chosen.push(found);
  }
  if (chosen.length === 0) throw new UsageError('--invariants needs at least one name', 'check');
  return chosen;
}

export function checkCommand(argv: string[], io: Io, options: CheckCommandOptions = {}): number {
  const { values, positionals } = parse('check', argv, {
    ...RUN_OPTIONS,
    runs: { type: 'string' },
    invariants: { type: 'string' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP.check!);
    return 0;
  }
  const ref = oneScenario('check', positionals);
  const runsText = values.runs ?? String(DEFAULT_CHECK_RUNS);
  const runs = Number(runsText);
  if (!/^\d+$/.test(runsText) || runs < 1 || runs > MAX_RUNS)
    throw new UsageError(`--runs expects a whole number from 1 to ${MAX_RUNS}, got "${runsText}"`, 'check');
  // A sequence is checked against the sequence invariants (carry-over), on chain seeds.
  if (sequenceFile(ref)) {
    if (values.params !== undefined)
      throw new UsageError('--params is for a forum; use --set with a sequence', 'check');
    return checkSequenceCommand(ref, values, io, {
      progress: options.progress === undefined ? ttyProgress(io) : options.progress,
    });
  }
  const invariants =
    values.invariants !== undefined ? selectInvariants(values.invariants) : (options.invariants ?? INVARIANTS);
  const seedText = values.seed ?? '1';
  const scenario = loadScenario(ref);
  // Validates --params and --set against the scenario (exit 2 on a bad path), as `run` does.
  const { overrides: base } = overrideScenario(scenario, values, warnTo(io));

  const progress = options.progress === undefined ? ttyProgress(io) : options.progress;
  const started = performance.now();
  const onProgress = progress
    ? (p: CheckProgress) => {
        const elapsed = ((performance.now() - started) / 1000).toFixed(1);
        const what = p.phase === 'cases' ? `case ${p.done}/${p.runs}` : `shrinking a counterexample (${p.done} tries)`;
        progress(`checking ${p.invariant} (${p.index + 1}/${p.count}): ${what}  ${elapsed} s`);
      }
    : undefined;
  const report = checkScenario(scenario, {
    runs,
    seed: checkSeed(seedText),
    base,
    invariants,
    ...(onProgress ? { onProgress } : {}),
  });
  if (progress) progress('');

  const strict = values.strict === true;
  const command = (seed: string, overrides: Record<string, string>) => reproCommand(ref, seed, overrides);
  if (values.json) {
    io.out(JSON.stringify(jsonReport(report, ref, seedText, strict, command), null, 2));
  } else {
    io.out(formatReport(report, ref, seedText, command, strict));
  }
  return checkExitCode(report, strict);
}

/** 1 when an invariant failed, or under --strict when one was never exercised (it tested nothing); else 0. */
export function checkExitCode(report: CheckReport, strict: boolean): number {
  return !report.ok || (strict && report.notExercised.length > 0) ? 1 : 0;
}

type Command = (seed: string, overrides: Record<string, string>) => string;

function jsonReport(report: CheckReport, ref: string, seedText: string, strict: boolean, command: Command) {
  return {
    scenario: ref,
    seed: seedText,
    runs: report.runs,
    ok: report.ok,
    strict,
    notExercised: report.notExercised,
    invariants: report.invariants.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      cases: r.cases,
      applicable: r.applicable,
      exercised: r.exercised,
      ...(r.counterexample
        ? {
            counterexample: {
              message: r.counterexample.message,
              seed: r.counterexample.seed,
              overrides: r.counterexample.overrides,
              command: command(r.counterexample.seed, r.counterexample.overrides),
              shrinks: r.counterexample.shrinks,
              related: r.counterexample.related.map((rel) => ({
                ...rel,
                command: command(r.counterexample!.seed, rel.overrides),
              })),
            },
          }
        : {}),
    })),
  };
}

export function formatReport(
  report: CheckReport,
  ref: string,
  seedText: string,
  command: Command,
  strict = false,
): string {
  const lines = [
    `forum-sim check ${ref}: ${report.runs} random perturbation(s) of its parameters per invariant, seed ${seedText}`,
    '',
  ];
  const header = ['INVARIANT', 'RESULT', 'CASES', 'PREMISE HELD'];
  const rows = report.invariants.map((r) => [
    r.id,
    r.status === 'fail' ? 'FAIL' : r.exercised ? 'pass' : 'untested',
    String(r.cases),
    String(r.applicable),
  ]);
  lines.push(...textTable([header, ...rows], (c) => c > 1));
  const failed = report.invariants.filter((r) => r.status === 'fail');
  for (const r of failed) lines.push('', ...counterexampleLines(r, command));
  lines.push('', ...summaryLines(report, failed.length, strict));
  // The scenario reference and counterexample messages may quote text from a file.
  return safeLines(lines);
}

function summaryLines(report: CheckReport, failed: number, strict: boolean): string[] {
  const total = report.invariants.length;
  const untested = report.notExercised;
  const held = total - failed - untested.length;
  const lines = [
    failed > 0
      ? `${failed} of ${total} invariant(s) failed.`
      : `${held === total ? 'All' : `${held} of`} ${total} invariant(s) hold on ${report.runs} perturbation(s) each. PREMISE HELD counts the cases an invariant was not vacuously true.`,
  ];
  // A premise that never held means the invariant was never put to the test: say so, by name.
  if (untested.length > 0)
    lines.push(
      `${untested.length} invariant(s) not exercised (the premise held in none of the cases, so nothing was tested): ${untested.join(', ')}.${strict ? ' --strict: exit 1.' : ' With --strict this exits 1.'}`,
    );
  return lines;
}

function counterexampleLines(r: InvariantReport, command: Command): string[] {
  const c = r.counterexample!;
  const lines = [`${r.id} FAILED: ${r.title}`, `  after ${r.cases} case(s), shrunk ${c.shrinks} time(s): ${c.message}`];
  if (!c.seed) return lines;
  lines.push('  Reproduce with:', `    ${command(c.seed, c.overrides)}`);
  for (const rel of c.related) {
    if (JSON.stringify(rel.overrides) === JSON.stringify(c.overrides)) continue;
    lines.push(
      `  ${rel.label} (${rel.outcome} after ${rel.rounds} round(s)):`,
      `    ${command(c.seed, rel.overrides)}`,
    );
  }
  return lines;
}
