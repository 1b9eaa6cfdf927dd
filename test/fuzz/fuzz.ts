// npm run fuzz -- [--family F] [--cases N] [--seed S] [--from I] [--out DIR] [--timeout SEC] [--jobs N] | --replay DIR
//
// The fuzz as a script: the generators of the property tests (families.ts: scenario files, sweep
// files, run --inputs lines, YAML cache entries), run for many cases without shrinking, in child
// processes so that a crash or a hang is a finding too, not the end of the run. Progress goes to
// stderr, the summary to stdout; failing cases are saved under the output folder, a few per kind of
// failure. Exit status 1 when any case failed.
//
// Case I of seed S is generated from the fast-check seed S + I alone (with every family, case I is of
// the I-th family in turn), so `--family F --seed S --from I --cases 1` runs it again.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILT_CLI } from './cacheEntries.js';
import { isFailure, type Finding } from './check.js';
import {
  FAMILY_NAMES,
  fuzzCase,
  replayCase,
  runFuzzCase,
  saveFuzzCase,
  warmUp,
  type FamilyName,
  type FuzzCase,
} from './families.js';

const USAGE = `usage: npm run fuzz -- [--family F] [--cases N] [--seed S] [--from I] [--out DIR] [--timeout SEC] [--jobs N]
       npm run fuzz -- --replay DIR
  --family F      scenario, sweep, inputs, cache (needs npm run build), or all (default: the
                  families in turn, case I of the I-th); what each fuzzes: test/fuzz/families.ts
  --cases N       how many cases (default 1000)
  --seed S        the run's seed (default: from the clock, printed); case I uses fast-check seed S + I
  --from I        the first case's index (default 0): --seed S --from I --cases 1 repeats case I
  --out DIR       where failing cases are saved (default: a new folder under the system's temp folder)
  --timeout SEC   a hang guard: a case taking longer (wall time) is stopped, saved and reported,
                  not failed, since wall time depends on the machine (default 60)
  --jobs N        cases run in N processes at once (default 1)
  --replay DIR    check a saved case again (its scenarios/ folder, as saved or as edited since)`;

const OPTIONS = {
  family: { type: 'string', default: 'all' },
  cases: { type: 'string', default: '1000' },
  seed: { type: 'string' },
  from: { type: 'string', default: '0' },
  out: { type: 'string' },
  timeout: { type: 'string', default: '60' },
  jobs: { type: 'string', default: '1' },
  replay: { type: 'string' },
  child: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Cases of one kind of failure that are saved; the rest are only counted. */
const SAVED_PER_KIND = 3;

/** Case `index` of a run over `families`: of the family whose turn it is. */
function caseAt(families: readonly FamilyName[], seed: number, index: number): FuzzCase {
  return fuzzCase(families[index % families.length]!, seed, index);
}

interface ChildRequest {
  families: FamilyName[];
  seed: number;
  from: number;
  to: number;
  out: string;
}

type ChildMessage =
  | { type: 'start'; index: number }
  | { type: 'end' }
  | { type: 'done'; index: number; status: string; /** CPU time */ ms: number; findings: Finding[]; saved?: string };

// ---- child: runs cases and reports each one ----

/** Sends a message and waits until it is written, so that the parent knows the case a hang is in. */
function send(message: ChildMessage): Promise<void> {
  return new Promise((resolveSent) => process.send!(message, undefined, {}, () => resolveSent()));
}

function child(): void {
  const work = mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-case-'));
  const saved = new Map<string, number>();
  process.on('message', async (request: ChildRequest) => {
    // Warm up (load the yaml and zod packages, build the schemas, compile the engine, make the
    // sweep file the cases damage) so that the first case's time is its own.
    for (const family of request.families) await warmUp(family, work);
    for (let index = request.from; index < request.to; index++) {
      await send({ type: 'start', index });
      const fuzz = caseAt(request.families, request.seed, index);
      const outcome = await runFuzzCase(fuzz, work);
      const failures = outcome.findings.filter(isFailure);
      let savedAt: string | undefined;
      // Saved: the first few cases of each kind of failure, or of slowness or warning when nothing failed.
      const kind = (failures[0] ?? outcome.findings[0])?.signature;
      if (kind !== undefined && (saved.get(kind) ?? 0) < SAVED_PER_KIND) {
        saved.set(kind, (saved.get(kind) ?? 0) + 1);
        savedAt = saveFuzzCase(
          join(request.out, `case-${index}`),
          fuzz,
          outcome.findings,
          reproduce(fuzz.family, request.seed, index),
        );
      }
      await send({
        type: 'done',
        index,
        status: outcome.status,
        ms: outcome.cpuMs,
        findings: outcome.findings.map((f) => ({ ...f, detail: f.detail.slice(0, 2_000) })),
        saved: savedAt,
      });
    }
    await send({ type: 'end' });
    process.disconnect();
  });
}

function reproduce(family: FamilyName, seed: number, index: number): string {
  return `Case ${index} of seed ${seed} (${family}); to run it again: npm run fuzz -- --family ${family} --seed ${seed} --from ${index} --cases 1`;
}

// ---- parent: hands out cases, restarts a child that crashed or hung, sums up ----

class Tally {
  cases = 0;
  readonly status = new Map<string, number>();
  readonly kinds = new Map<string, { kind: string; count: number; examples: string[] }>();
  slowest = { ms: 0, index: -1 };
  failedCases = 0;

  add(index: number, status: string, ms: number, findings: readonly Finding[], saved: string | undefined): void {
    this.cases++;
    this.status.set(status, (this.status.get(status) ?? 0) + 1);
    if (ms > this.slowest.ms) this.slowest = { ms, index };
    if (findings.some(isFailure) || findings.some((f) => f.kind === 'crashed')) this.failedCases++;
    for (const finding of findings) {
      const key = `${finding.kind}: ${finding.signature}`;
      const entry = this.kinds.get(key) ?? { kind: finding.kind, count: 0, examples: [] };
      entry.count++;
      const example = saved ?? `case ${index} (not saved)`;
      if (entry.examples.length < 2 && !entry.examples.includes(example)) entry.examples.push(example);
      this.kinds.set(key, entry);
    }
  }

  count(kind: string): number {
    return [...this.kinds.values()].filter((e) => e.kind === kind).reduce((sum, e) => sum + e.count, 0);
  }
}

interface Run {
  families: FamilyName[];
  seed: number;
  from: number;
  to: number;
  out: string;
  timeoutMs: number;
  jobs: number;
}

async function parent(run: Run): Promise<number> {
  const tally = new Tally();
  const started = performance.now();
  let lastProgress = 0;
  const progress = (force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < 5_000) return;
    lastProgress = now;
    const rate = tally.cases / ((now - started) / 1000);
    process.stderr.write(
      `fuzz: ${tally.cases}/${run.to - run.from} cases, ${tally.failedCases} failing, ${rate.toFixed(1)} cases/s\n`,
    );
  };
  const done = (index: number, status: string, ms: number, findings: Finding[], saved?: string) => {
    tally.add(index, status, ms, findings, saved);
    progress();
  };
  // Each job runs a contiguous share of the cases, in one child after another (after a crash or a hang).
  const share = Math.ceil((run.to - run.from) / run.jobs);
  const lanes = Array.from({ length: run.jobs }, (_, job) => [
    run.from + job * share,
    Math.min(run.to, run.from + (job + 1) * share),
  ]);
  await Promise.all(
    lanes.map(async ([start, end]) => {
      for (let next = start!; next < end!;) next = await runChild(run, next, end!, done);
    }),
  );
  progress(true);
  process.stdout.write(summary(run, tally));
  return tally.failedCases > 0 ? 1 : 0;
}

/** Runs cases `from` to `to` in one child; returns where the next child should start. */
function runChild(
  run: Run,
  from: number,
  to: number,
  done: (index: number, status: string, ms: number, findings: Finding[], saved?: string) => void,
): Promise<number> {
  return new Promise((resolveNext) => {
    const script = fileURLToPath(import.meta.url);
    const worker: ChildProcess = fork(script, ['--child'], { execArgv: process.execArgv, stdio: 'inherit' });
    let current = -1;
    let nextIndex = from;
    let caseStart = 0;
    let finished = false;
    const finish = (next: number) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      resolveNext(next);
    };
    // A case that crashes its process (a failure) or outlives the hang guard (reported: wall time
    // depends on the machine, not the case alone) is saved from here, generated again from its seed.
    const lost = (index: number, why: string, kind: 'crashed' | 'stalled' = 'crashed') => {
      if (finished) return;
      const finding: Finding = { kind, stage: 'case', signature: why.replace(/\d+/g, 'N'), detail: why };
      const fuzz = caseAt(run.families, run.seed, index);
      const dir = join(run.out, `case-${index}`);
      done(
        index,
        kind === 'crashed' ? 'failed' : 'stalled',
        performance.now() - caseStart,
        [finding],
        saveFuzzCase(dir, fuzz, [finding], reproduce(fuzz.family, run.seed, index)),
      );
      finish(index + 1);
    };
    const timer = setInterval(() => {
      if (current >= 0 && performance.now() - caseStart > run.timeoutMs) {
        lost(current, `stopped by the hang guard after ${run.timeoutMs / 1000} s`, 'stalled');
        worker.kill('SIGKILL');
      }
    }, 250);
    worker.on('message', (message: ChildMessage) => {
      if (message.type === 'end') return finish(to);
      if (message.type === 'start') {
        current = message.index;
        caseStart = performance.now();
        return;
      }
      current = -1;
      nextIndex = message.index + 1;
      done(message.index, message.status, message.ms, message.findings, message.saved);
    });
    worker.on('close', (code, signal) => {
      if (current >= 0) lost(current, `the process died (${signal ?? `exit code ${code}`})`);
      else finish(nextIndex);
    });
    worker.send({ families: run.families, seed: run.seed, from, to, out: run.out } satisfies ChildRequest);
  });
}

function summary(run: Run, tally: Tally): string {
  const lines = [
    `seed ${run.seed}, cases ${run.from}..${run.to - 1}, families ${run.families.join(', ')}`,
    `cases:                   ${tally.cases}`,
    `accepted:                ${tally.status.get('accepted') ?? 0}`,
    `rejected:                ${tally.status.get('rejected') ?? 0}`,
    `failed:                  ${tally.failedCases}`,
    `thrown errors:           ${tally.count('thrown')}`,
    `malformed problem lines: ${tally.count('malformed')}`,
    `inconsistent:            ${tally.count('inconsistent')}`,
    `crashed:                 ${tally.count('crashed')}`,
    `stopped by the hang guard (wall time, reported): ${tally.count('stalled')}`,
    `slow cases (> 2 s CPU):  ${tally.count('slow')}`,
    `process warnings:        ${tally.count('warning')}`,
    `slowest case:            ${Math.round(tally.slowest.ms)} ms of CPU time (case ${tally.slowest.index})`,
    `saved cases:             ${run.out}`,
  ];
  const kinds = [...tally.kinds].sort((a, b) => b[1].count - a[1].count);
  if (kinds.length > 0) lines.push('', 'findings by kind (count, kind, examples):');
  for (const [key, entry] of kinds)
    lines.push(`${String(entry.count).padStart(6)}  ${key}`, ...entry.examples.map((e) => `          ${e}`));
  return lines.join('\n') + '\n';
}

/** The families a run goes through, in turn; the cache family only when the CLI is built. */
function familiesOf(name: string): FamilyName[] {
  if (name !== 'all' && !(FAMILY_NAMES as readonly string[]).includes(name))
    throw new Error(`--family must be one of ${FAMILY_NAMES.join(', ')}, all; got "${name}"`);
  if (name === 'cache' && !existsSync(BUILT_CLI))
    throw new Error(`--family cache runs the built CLI: npm run build first`);
  if (name !== 'all') return [name as FamilyName];
  if (existsSync(BUILT_CLI)) return [...FAMILY_NAMES];
  process.stderr.write(`fuzz: no built CLI (${BUILT_CLI}): the cache family is left out (npm run build)\n`);
  return FAMILY_NAMES.filter((f) => f !== 'cache');
}

function main(): Promise<number> | number {
  let values;
  try {
    values = parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.child) {
    child();
    return 0;
  }
  if (values.replay !== undefined) return replayCase(resolve(values.replay));
  const number = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
    return n;
  };
  const seed = values.seed === undefined ? Date.now() % 1_000_000 : number('seed', values.seed);
  const from = number('from', values.from);
  const out = values.out === undefined ? mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-')) : resolve(values.out);
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  let families: FamilyName[];
  try {
    families = familiesOf(values.family);
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n`);
    return 2;
  }
  const run = {
    families,
    seed,
    from,
    to: from + number('cases', values.cases),
    out,
    timeoutMs: number('timeout', values.timeout) * 1000,
    jobs: Math.max(1, number('jobs', values.jobs)),
  };
  process.stderr.write(
    `fuzz: seed ${seed}, ${run.to - from} cases (${run.families.join(', ')}), failing cases saved under ${out}\n`,
  );
  return parent(run);
}

const code = await main();
if (!process.argv.includes('--child')) process.exitCode = code;
