// The sweep family's generator (sweepFiles.ts runs the cases): damage done to a real sweep file as
// disks, kills and hands do it, each mutation picking its target with a number taken modulo the
// candidates, so that every plan applies to any file and shrinks toward the first candidate.
import * as fc from 'fast-check';

/** Runs of the sweep every case damages. */
export const RUNS = 6;

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
export function splitLines(bytes: Buffer): Buffer[] {
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
