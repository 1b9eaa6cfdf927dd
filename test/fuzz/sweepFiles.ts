// Fuzz family `sweep`: a real sweep file, damaged as disks, kills and hands damage them (cut lines,
// invalid UTF-8, a header without its newline, duplicated, dropped or garbled records, other format
// versions and headers, huge lines), fed to `merge`, `merge --sort` and `sweep --resume`. Each must
// exit 0 or refuse with exit 2 (74 for I/O) naming the file, and lose nothing: a plain merge and a
// refusal leave the file as it was, --sort keeps the same whole lines, and a resume that succeeds
// keeps every whole line it was given and completes the sweep; no lock is left behind.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './check.js';
import { cliFindings, describe, runCli } from './cliCheck.js';
import { applySweepPlan, RUNS, splitLines, type SweepPlan } from './sweepMutations.js';

export { sweepPlans, type SweepPlan } from './sweepMutations.js';

const SWEEP = ['sweep', 'arf-2022', '--runs', String(RUNS), '--seed', '1', '--workers', '1'];

let pristine: Buffer | undefined;

/** The undamaged sweep file every case starts from, made once per process (a sweep is deterministic). */
export async function pristineSweep(work: string): Promise<Buffer> {
  if (pristine) return pristine;
  const file = join(work, 'pristine.jsonl');
  rmSync(file, { force: true });
  const made = await runCli([...SWEEP, '--out', file]);
  if (made.code !== 0) throw new Error(`the fuzz's own sweep failed:\n${describe(made)}`);
  pristine = readFileSync(file);
  rmSync(file, { force: true });
  return pristine;
}

const wholeLines = (bytes: Buffer) =>
  splitLines(bytes)
    .filter((l) => l.at(-1) === 0x0a)
    .map((l) => l.toString('latin1'));
const sorted = (lines: string[]) => [...lines].sort();

export async function runSweepCase(plan: SweepPlan, work: string): Promise<{ code: number; findings: Finding[] }> {
  const given = applySweepPlan(await pristineSweep(work), plan);
  const file = join(work, 'case.jsonl');
  for (const leftover of ['', '.lock', '.header.tmp', '.sorted.tmp']) rmSync(file + leftover, { force: true });
  writeFileSync(file, given);
  const findings: Finding[] = [];
  const broken = (stage: string, signature: string, detail: string) =>
    findings.push({ kind: 'inconsistent', stage, signature: `${stage}: ${signature}`, detail });
  const stage = plan.command;
  const argv =
    plan.command === 'resume'
      ? [...SWEEP, '--out', file, '--resume']
      : ['merge', file, ...(plan.command === 'merge' ? [] : ['--sort'])];
  const run = await runCli(argv);
  findings.push(...cliFindings(stage, run, { codes: plan.command === 'resume' ? [0, 2, 74] : [0, 2], names: file }));
  const after = existsSync(file) ? readFileSync(file) : undefined;
  if (existsSync(`${file}.lock`)) broken(stage, 'lock left behind', describe(run));
  if (after === undefined) {
    broken(stage, 'file deleted', describe(run));
    return { code: run.code, findings };
  }
  if (run.code !== 0 || plan.command === 'merge') {
    if (!after.equals(given)) broken(stage, `file changed (exit ${run.code})`, describe(run));
  } else if (plan.command === 'merge --sort') {
    if (sorted(wholeLines(after)).join('') !== sorted(wholeLines(given)).join(''))
      broken(stage, 'sort changed the lines', describe(run));
  } else {
    // A resume that succeeded: every whole line it was given is still there, and the sweep is complete.
    const kept = new Set(wholeLines(after));
    const lost = wholeLines(given).filter((l) => !kept.has(l) && !kept.has(l.replace(/\r\n$/, '\n')));
    if (lost.length > 0) broken(stage, 'resume lost a whole line', `${describe(run)}\nlost: ${lost[0]!.slice(0, 300)}`);
    const check = await runCli(['merge', file, '--json']);
    let completed: unknown;
    try {
      completed = (JSON.parse(check.out) as { completed?: unknown }).completed;
    } catch {
      completed = undefined;
    }
    if (check.code !== 0 || completed !== RUNS)
      broken(
        stage,
        'resume exit 0 but the file is not a complete sweep',
        `${describe(run)}\n\nthen:\n${describe(check)}`,
      );
  }
  return { code: run.code, findings };
}
