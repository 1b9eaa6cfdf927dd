// Runs one fuzz case the way a user would meet it: `loadScenario` (then one run when it loads) and
// `forum-sim validate` on the forum file and on every catalogue file the case mutated. A case passes
// when it is accepted and runs, or is rejected with an InputError whose problems are well-formed.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { runScenario } from '../../src/engine/run.js';
import { isSafeText } from '../../src/present/safeText.js';
import { formatProblem, InputError, type Problem } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { validatePath } from '../../src/scenario/validate.js';
import type { Scenario } from '../../src/domain/types.js';
import { applyPlan, type CasePlan } from './apply.js';
import { baseFiles, type CaseFiles } from './corpus.js';

/**
 * A case that takes more CPU time than this is reported (not failed): the loader should stay well
 * under it. CPU time, not wall time, so that a machine busy with other work does not make findings.
 */
export const SLOW_MS = 2_000;

export interface Finding {
  kind: 'thrown' | 'malformed' | 'inconsistent' | 'slow' | 'warning' | 'crashed' | 'stalled';
  /** Where: `load`, `run`, `validate FILE`. */
  stage: string;
  /** What kind of failure, without the case's particulars: findings with one signature are one bug. */
  signature: string;
  detail: string;
}

export interface CaseOutcome {
  status: 'accepted' | 'rejected' | 'failed';
  findings: Finding[];
  /** Wall time. */
  ms: number;
  /** CPU time of this process (user and system) meanwhile. */
  cpuMs: number;
}

/** Writes a case's files under `dir`/scenarios, replacing the previous case's. Returns the forum file's path. */
export function writeCase(dir: string, forum: string, files: CaseFiles): string {
  const root = join(dir, 'scenarios');
  rmSync(root, { recursive: true, force: true });
  for (const [rel, contents] of files) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), contents);
  }
  return join(root, forum);
}

export interface CheckOptions {
  /**
   * Validate fewer files: the first catalogue file the case changed, and the forum file only while
   * the catalogue is unchanged (validating it is loading it again). Each validation of a broken
   * catalogue reads the whole catalogue again, the bulk of a case's cost.
   */
  quick?: boolean;
}

/** Checks the case whose files `writeCase` put in `dir`. `changed`: the files the mutations touched. */
export function checkCase(
  dir: string,
  forum: string,
  changed: readonly string[],
  options: CheckOptions = {},
): CaseOutcome {
  // Times are reported (npm run fuzz's tally, a `slow` finding), never a reason to fail a case:
  // isFailure leaves `slow` out, so the suite passes on a busy machine.
  const start = performance.now();
  const cpu = process.cpuUsage();
  const root = join(dir, 'scenarios');
  const findings: Finding[] = [];
  const lines = new LineCounts();
  let status: CaseOutcome['status'] = 'rejected';
  let scenario: Scenario | undefined;
  const attempt = (stage: string, body: () => void) => {
    try {
      body();
    } catch (error) {
      findings.push(thrownFinding(stage, error));
    }
  };
  const warnings = captureWarnings(() => {
    attempt('load', () => {
      try {
        // The process's catalogue cache, as the CLI uses: it serves a catalogue again only while its
        // files are unchanged, which the cases (all written to the same folder) put to the test.
        scenario = loadScenario(join(root, forum));
        status = 'accepted';
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        findings.push(...problemFindings('load', error.problems, lines));
      }
    });
    if (scenario) attempt('run', () => void runScenario(scenario!, { seed: '1', transcript: false }));
    for (const rel of filesToValidate(forum, changed, options)) {
      attempt(`validate ${rel}`, () => {
        const report = validatePath(join(root, rel));
        if (report.problems.length > 0) findings.push(...problemFindings(`validate ${rel}`, report.problems, lines));
        // A file is validated as the kind its contents say: a forum file emptied to `issues: {}` is an issue catalogue.
        const loaded = status === 'accepted';
        if (rel === forum && report.kind === 'forum' && loaded === report.problems.length > 0)
          findings.push({
            kind: 'inconsistent',
            stage: `validate ${rel}`,
            signature: loaded ? 'validate rejects a forum that loads' : 'validate accepts a forum that does not load',
            detail: report.problems.map(formatProblem).join('\n'),
          });
      });
    }
  });
  for (const warning of warnings)
    findings.push({
      kind: 'warning',
      stage: 'case',
      signature: `process warning: ${generalize(warning)}`,
      detail: warning,
    });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (cpuMs > SLOW_MS)
    findings.push({
      kind: 'slow',
      stage: 'case',
      signature: `case slower than ${SLOW_MS} ms`,
      detail: `${Math.round(cpuMs)} ms of CPU time, ${Math.round(ms)} ms in all`,
    });
  if (findings.some(isFailure)) status = 'failed';
  return { status, findings, ms, cpuMs };
}

/** Thrown errors, malformed problems and disagreements fail a case; slowness and warnings are reported. */
export function isFailure(finding: Finding): boolean {
  return finding.kind === 'thrown' || finding.kind === 'malformed' || finding.kind === 'inconsistent';
}

function filesToValidate(forum: string, changed: readonly string[], options: CheckOptions): string[] {
  const catalogue = changed.filter((rel) => rel !== forum);
  if (!options.quick) return [forum, ...catalogue];
  return catalogue.length === 0 ? [forum] : catalogue.slice(0, 1);
}

/**
 * Runs `body`, returning the process warnings emitted meanwhile (the yaml package warns through
 * process.emitWarning, which a CLI user sees on stderr) instead of letting them reach stderr.
 */
function captureWarnings(body: () => void): string[] {
  const warnings: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error) =>
    void warnings.push(typeof warning === 'string' ? warning : warning.message)) as typeof process.emitWarning;
  try {
    body();
  } finally {
    process.emitWarning = emit;
  }
  return warnings;
}

/** The relative paths of the files whose contents differ from the base files of the forum. */
export function changedFiles(forum: string, files: CaseFiles): string[] {
  const base = baseFiles(forum);
  // A file new to the case (a layout mutation) is changed too.
  return [...files]
    .filter(([rel, contents]) => {
      const before = base.get(rel);
      return before === undefined || !Buffer.from(contents).equals(Buffer.from(before));
    })
    .map(([rel]) => rel);
}

function thrownFinding(stage: string, error: unknown): Finding {
  const e = error instanceof Error ? error : new Error(String(error));
  const frame = (e.stack ?? '').split('\n').find((line) => /^\s+at /.test(line) && /\/src\//.test(line));
  const where = frame
    ? frame
        .trim()
        .replace(/^at /, '')
        .replace(/\(?\/.*\/src\//, 'src/')
        .replace(/:\d+\)?$/, '')
    : '?';
  return {
    kind: 'thrown',
    stage,
    signature: `${stage.split(' ')[0]}: ${e.name}: ${generalize(e.message)} @ ${where}`,
    detail: e.stack ?? e.message,
  };
}

/** The message with its particulars (quoted text, numbers) replaced, so that one bug has one signature. */
export function generalize(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/Unexpected [\w-]+ token/, 'Unexpected … token')
    .replace(/"[^]*$/, '"…')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

/** Lines of the files problems point at, read once per case. */
export class LineCounts {
  private readonly lines = new Map<string, string[] | null>();
  of(file: string): string[] | null {
    if (!this.lines.has(file)) {
      let lines: string[] | null = null;
      try {
        if (statSync(file).isFile()) lines = readFileSync(file, 'utf8').split('\n');
      } catch {
        lines = null;
      }
      this.lines.set(file, lines);
    }
    return this.lines.get(file)!;
  }
}

function problemFindings(stage: string, problems: readonly Problem[], lines: LineCounts): Finding[] {
  if (problems.length === 0)
    return [{ kind: 'malformed', stage, signature: 'InputError with no problems', detail: '' }];
  return problems.flatMap((problem) =>
    problemDefects(problem, lines).map((defect) => ({
      kind: 'malformed' as const,
      stage,
      signature: `${defect}: ${generalize(problem.message)}`,
      detail: JSON.stringify(problem),
    })),
  );
}

/**
 * What is wrong with a problem as `FILE[:LINE[:COL]]: [PATH: ]MESSAGE`: one line, no control or
 * bidi characters, FILE an existing path, LINE and COL positive and inside the file.
 */
export function problemDefects(p: Problem, lines: LineCounts): string[] {
  const defects: string[] = [];
  const line = formatProblem(p);
  if (/[\n\r\u2028\u2029]/.test(line)) defects.push('problem spans several lines');
  if (!isSafeText(line.replace(/[\n\r]/g, ''))) defects.push('control or bidi character in problem');
  if (typeof p.file !== 'string' || !isAbsolute(p.file) || !existsSync(p.file))
    defects.push('FILE is not an existing path');
  if (typeof p.message !== 'string' || p.message.trim() === '') defects.push('empty message');
  if (typeof p.path !== 'string') defects.push('PATH is not a string');
  if (p.column !== undefined && p.line === undefined) defects.push('COL without LINE');
  if (p.line !== undefined) {
    const text = lines.of(p.file);
    const ok = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;
    if (!text) defects.push('LINE in a file that cannot be read');
    else if (!ok(p.line, text.length)) defects.push('LINE outside the file');
    else if (p.column !== undefined && !ok(p.column, text[p.line - 1]!.length + 1))
      defects.push('COL outside the line');
  }
  if (defects.length === 0 && !line.startsWith(p.file)) defects.push('does not start with FILE');
  if (defects.length === 0 && !/^(:[1-9]\d*(:[1-9]\d*)?)?: ./s.test(line.slice(p.file.length)))
    defects.push('not FILE[:LINE[:COL]]: [PATH: ]MESSAGE');
  return defects;
}

/** Applies a plan, writes the case under `dir` and checks it. */
export function runCase(plan: CasePlan, dir: string, options: CheckOptions = {}): CaseOutcome & { files: CaseFiles } {
  const files = applyPlan(plan);
  writeCase(dir, plan.forum, files);
  return { ...checkCase(dir, plan.forum, changedFiles(plan.forum, files), options), files };
}

/**
 * Saves a failing case for reproduction: its scenarios/ folder, the plan and the findings
 * (case.json), and how to replay it (README.txt). Returns the folder.
 */
export function saveCase(
  dir: string,
  plan: CasePlan,
  files: CaseFiles,
  findings: readonly Finding[],
  reproduce: string,
): string {
  const forum = writeCase(dir, plan.forum, files);
  const changed = changedFiles(plan.forum, files);
  writeFileSync(join(dir, 'case.json'), JSON.stringify({ plan, changed, findings }, null, 2) + '\n');
  const readme = [
    reproduce,
    `Replay the saved files: npm run fuzz -- --replay ${dir}`,
    `Or validate them: node bin/forum-sim.js validate ${forum}`,
    '',
    ...findings.map((f) => `${f.kind} at ${f.stage}: ${f.signature}\n${f.detail}\n`),
  ];
  writeFileSync(join(dir, 'README.txt'), readme.join('\n'));
  return dir;
}
