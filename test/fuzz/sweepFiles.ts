// Fuzz family `sweep`: a real sweep file, damaged as disks, kills and hands damage them (cut lines,
// invalid UTF-8, a header without its newline, duplicated, dropped or garbled records, other format
// versions and headers, huge lines), fed to `merge`, `merge --sort` and `sweep --resume`. Each must
// exit 0 or refuse with exit 2 (74 for I/O) naming the file, and lose nothing: merge leaves the file
// as it was, --sort and a refusal too (but for the order of whole lines), and a resume that succeeds
// keeps every whole line it was given and completes the sweep, leaving no lock behind.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { Finding } from './check.js';
import { cliFindings, describe, runCli } from './cliCheck.js';

const RUNS = 6;
const SWEEP = ['sweep', 'arf-2022', '--runs', String(RUNS), '--seed', '1', '--workers', '1'];

export type SweepMutation =
  | { op: 'cut'; at: number }
  | { op: 'insertBytes'; at: number; bytes: readonly number[] }
  | { op: 'overwriteBytes'; at: number; bytes: readonly number[] }
  | { op: 'headerOnly'; newline: boolean }
  | { op: 'duplicateLine'; from: number; to: number }
  | { op: 'dropLine'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'setField'; line: number; path: string; value: unknown }
  | { op: 'hugeLine'; at: number; bytes: number; terminated: boolean }
  | { op: 'crlf' }
  | { op: 'bom' }
  | { op: 'empty' };

export interface SweepPlan {
  mutations: SweepMutation[];
  command: 'merge' | 'merge --sort' | 'resume';
}

// prettier-ignore
const HEADER_VALUES: Record<string, unknown[]> = {
  forumSimSweep: [0, 1, 3, 99, '2', null, -1, 2.5],
  runs: [0, -1, 1e9, 2.5, '6', 1e300, RUNS - 1, RUNS + 1],
  seed: ['2', 1, null, ''],
  scenarioHash: ['x', '', '0'.repeat(64)],
  version: ['0.0.9', '9.9.9', 1],
  shard: [{ k: 1, n: 2 }, '1/2', { k: 3, n: 2 }, { k: 0, n: 0 }],
  overrides: [{ 'USA.patience': '1' }, [], 'x', { 'USA.nope': '1' }],
  vary: [{ 'USA.patience': '0:0.5:1' }, null],
  scenario: ['arf-2023', '../etc/passwd', 1, '\u001b[2J'],
  issues: [[], ['nonsense'], null],
  __proto__: [{ runs: 1 }],
  extra: ['x'],
};

// prettier-ignore
const RECORD_VALUES: Record<string, unknown[]> = {
  run: [-1, RUNS, 1e300, 1.5, '0', null, 0],
  'inputs.seed': ['1/9', 1, null, '2/0'],
  'inputs.scenarioHash': ['x', null],
  'inputs.overrides': [{ 'USA.patience': '1' }, 'x'],
  'inputs.drawn': [{ 'USA.patience': 1e308 }, { 'USA.patience': 'x' }, []],
  'result.outcome': ['joint-statement', 'nonsense', null],
  'result.rounds': [-1, 1e308, 'x'],
  'result.blockers': [[], null, { x: { y: ['ZZZ'] } }],
  'result.text': [{}, 'x', { ukraine: 'nonsense' }],
  scenario: ['g20-fmm-2022', null],
  error: ['boom', 1],
};

const BAD_BYTES = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0x00], [0x0a], [0x0d], [0x1b, 0x5b, 0x32, 0x4a], [0xef, 0xbb]];

export function sweepPlans(): fc.Arbitrary<SweepPlan> {
  const at = fc.nat();
  const bytes = fc.oneof(fc.constantFrom(...BAD_BYTES), fc.array(fc.nat(255), { minLength: 1, maxLength: 6 }));
  const field = (values: Record<string, unknown[]>) =>
    fc
      .constantFrom(...Object.keys(values))
      .chain((path) => fc.constantFrom(...values[path]!).map((value) => ({ path, value })));
  const mutation: fc.Arbitrary<SweepMutation> = fc.oneof(
    at.map((n) => ({ op: 'cut' as const, at: n })),
    fc.record({ op: fc.constant('insertBytes' as const), at, bytes }),
    fc.record({ op: fc.constant('overwriteBytes' as const), at, bytes }),
    fc.record({ op: fc.constant('headerOnly' as const), newline: fc.boolean() }),
    fc.record({ op: fc.constant('duplicateLine' as const), from: at, to: at }),
    fc.record({ op: fc.constant('dropLine' as const), at }),
    fc.record({ op: fc.constant('swapLines' as const), a: at, b: at }),
    field(HEADER_VALUES).map(({ path, value }) => ({ op: 'setField' as const, line: 0, path, value })),
    fc
      .tuple(fc.integer({ min: 1, max: RUNS }), field(RECORD_VALUES))
      .map(([line, { path, value }]) => ({ op: 'setField' as const, line, path, value })),
    fc.record({
      op: fc.constant('hugeLine' as const),
      at,
      bytes: fc.constantFrom(70_000, (1 << 20) + 1, 3 << 20),
      terminated: fc.boolean(),
    }),
    fc.constant({ op: 'crlf' as const }),
    fc.constant({ op: 'bom' as const }),
    fc.constant({ op: 'empty' as const }),
  );
  return fc.record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    command: fc.constantFrom('merge' as const, 'merge --sort' as const, 'resume' as const),
  });
}

/** Lines with their newlines, so that joining them gives the bytes back. */
function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  // An own property, `__proto__` included, as JSON.parse would make it.
  Object.defineProperty(node, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

export function applySweepMutation(bytes: Buffer, m: SweepMutation): Buffer {
  const lines = splitLines(bytes);
  const line = (n: number) => (lines.length === 0 ? 0 : n % lines.length);
  switch (m.op) {
    case 'cut':
      return bytes.subarray(0, bytes.length === 0 ? 0 : m.at % bytes.length);
    case 'insertBytes': {
      const at = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case 'overwriteBytes': {
      const copy = Buffer.from(bytes);
      const at = bytes.length === 0 ? 0 : m.at % bytes.length;
      Buffer.from(m.bytes).copy(copy, at);
      return copy;
    }
    case 'headerOnly':
      return lines.length === 0 ? bytes : m.newline ? lines[0]! : lines[0]!.subarray(0, lines[0]!.length - 1);
    case 'duplicateLine': {
      if (lines.length === 0) return bytes;
      const copy = [...lines];
      copy.splice(line(m.to) + 1, 0, lines[line(m.from)]!);
      return Buffer.concat(copy);
    }
    case 'dropLine':
      if (lines.length === 0) return bytes;
      return Buffer.concat(lines.filter((_, i) => i !== line(m.at)));
    case 'swapLines': {
      if (lines.length === 0) return bytes;
      const copy = [...lines];
      [copy[line(m.a)], copy[line(m.b)]] = [copy[line(m.b)]!, copy[line(m.a)]!];
      return Buffer.concat(copy);
    }
    case 'setField': {
      if (m.line >= lines.length) return bytes;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(lines[m.line]!.toString('utf8')) as Record<string, unknown>;
      } catch {
        return bytes; // an earlier mutation broke the line already
      }
      if (value === null || typeof value !== 'object') return bytes;
      setPath(value, m.path, structuredClone(m.value));
      const copy = [...lines];
      copy[m.line] = Buffer.from(JSON.stringify(value) + (lines[m.line]!.at(-1) === 0x0a ? '\n' : ''));
      return Buffer.concat(copy);
    }
    case 'hugeLine': {
      const huge = Buffer.from(`{"run":0,"pad":"${'x'.repeat(m.bytes)}"}${m.terminated ? '\n' : ''}`);
      const copy = [...lines];
      copy.splice(Math.max(1, line(m.at)), 0, huge);
      return Buffer.concat(copy);
    }
    case 'crlf':
      return Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'empty':
      return Buffer.alloc(0);
  }
}

export function applySweepPlan(pristine: Buffer, plan: SweepPlan): Buffer {
  return plan.mutations.reduce(applySweepMutation, pristine);
}

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
