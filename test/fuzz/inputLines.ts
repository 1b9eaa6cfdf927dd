// Fuzz family `inputs`: `run arf-2022 --inputs FILE` with FILE a recorded run's inputs (a sweep
// line, or `run --json`'s inputs object with every drawn value), mutated: drawn values out of range
// or not finite (1e308, -5, 1e999), of the wrong type, under unknown keys; overrides and fields of
// the wrong type or unknown; another scenarioHash; the text cut, not JSON or not UTF-8. The run must
// replay (exit 0) or refuse with exit 2 naming the file; and it must refuse what no run could draw
// (a value out of range or not finite, an unknown key) and a run recorded on another scenario hash.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { Finding } from './check.js';
import { cliFindings, describe, runCli } from './cliCheck.js';
import { pristineSweep } from './sweepFiles.js';

/** A JSON value as raw text, so that 1e999 (Infinity once parsed) and -0 survive. */
type Raw = string;

export type InputMutation =
  | { op: 'drawn'; key: number | string; value: Raw }
  | { op: 'override'; key: string; value: Raw }
  | { op: 'field'; path: string; value: Raw }
  | { op: 'delete'; path: string }
  | { op: 'cut'; at: number }
  | { op: 'bytes'; at: number; bytes: readonly number[] };

export interface InputPlan {
  base: 'sweepLine' | 'inputs';
  mutations: InputMutation[];
}

// prettier-ignore
const NUMBERS: Raw[] = ['1e308', '-5', '1e999', '-1e999', '-0', '5e-324', '0', '0.5', '1', '2', '-1', '1e-400', '9007199254740993'];
// prettier-ignore
const OTHERS: Raw[] = ['null', '"0.5"', '"NaN"', 'true', '[]', '{}', '[0.5]', '"\\u001b[2J"', '{"__proto__":1}'];
// prettier-ignore
const UNKNOWN_KEYS = ['XYZ.patience', 'USA.nope', 'USA', '', '__proto__', 'constructor', 'forum.nope', 'forum.structure', 'USA.positions.nope.salience', 'USA.patience\u001b[2J'];
// prettier-ignore
const OVERRIDE_KEYS = ['USA.patience', 'forum.roundLimit', 'USA.nope', 'XYZ.risk', '__proto__', 'forum.uncertainty.wide'];
// prettier-ignore
const OVERRIDE_VALUES: Raw[] = ['"1"', '"2"', '"-5"', '"1e308"', '"x"', '"0:0.5:1"', '"1:0:0"', '1', 'null', '[]'];
// prettier-ignore
const FIELDS = ['seed', 'overrides', 'drawn', 'scenarioHash', 'version', 'uncertainty', 'scenario', 'inputs', 'extra', '__proto__'];
// prettier-ignore
const FIELD_VALUES: Raw[] = ['"1/0"', '"2"', '""', '1', 'null', '[]', '{}', '"x"', '"off"', '"0000"', '"arf-2023"', '"g20-fmm-2022"', '{"seed":"1"}'];

export function inputPlans(): fc.Arbitrary<InputPlan> {
  const raw = fc.constantFrom(...NUMBERS, ...OTHERS);
  const mutation: fc.Arbitrary<InputMutation> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('drawn' as const), key: fc.nat(), value: raw }) },
    fc.record({ op: fc.constant('drawn' as const), key: fc.constantFrom(...UNKNOWN_KEYS), value: raw }),
    fc.record({
      op: fc.constant('override' as const),
      key: fc.constantFrom(...OVERRIDE_KEYS),
      value: fc.constantFrom(...OVERRIDE_VALUES),
    }),
    fc.record({
      op: fc.constant('field' as const),
      path: fc.constantFrom(...FIELDS),
      value: fc.constantFrom(...FIELD_VALUES),
    }),
    fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...FIELDS) }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('bytes' as const),
      at: fc.nat(),
      bytes: fc.constantFrom([0xff], [0xc3], [0x00], [0x0a], [0xed, 0xa0, 0x80], [0x7b]),
    }),
  );
  return fc.record({
    base: fc.constantFrom('sweepLine' as const, 'inputs' as const),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  });
}

interface Bases {
  sweepLine: string;
  inputs: string;
  drawnKeys: string[];
  scenarioHash: string;
}

let bases: Bases | undefined;

async function inputBases(work: string): Promise<Bases> {
  if (bases) return bases;
  const sweepLine = (await pristineSweep(work)).toString('utf8').split('\n')[1]!;
  const run = await runCli(['run', 'arf-2022', '--seed', '1/0', '--json']);
  if (run.code !== 0) throw new Error(`the fuzz's own run failed:\n${describe(run)}`);
  const inputs = (JSON.parse(run.out) as { inputs: { drawn: Record<string, number>; scenarioHash: string } }).inputs;
  bases = {
    sweepLine,
    inputs: JSON.stringify(inputs),
    drawnKeys: Object.keys(inputs.drawn),
    scenarioHash: inputs.scenarioHash,
  };
  return bases;
}

/** The object the mutation edits: a sweep line's `inputs`, or the inputs object itself. */
const inputsOf = (record: Record<string, unknown>, base: InputPlan['base']) =>
  (base === 'sweepLine' && record.inputs !== null && typeof record.inputs === 'object'
    ? record.inputs
    : record) as Record<string, unknown>;

function applyInputMutation(text: string, m: InputMutation, plan: InputPlan, drawnKeys: string[]): string {
  if (m.op === 'cut') return text.slice(0, m.at % (text.length + 1));
  if (m.op === 'bytes') return text; // applied to the bytes, last
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(text) as Record<string, unknown>;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return text;
  } catch {
    return text;
  }
  // Raw values go in as markers, replaced by their text after JSON.stringify.
  const raws: Raw[] = [];
  const marker = (raw: Raw) => `@@raw${raws.push(raw) - 1}@@`;
  const put = (target: Record<string, unknown>, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  const inputs = inputsOf(record, plan.base);
  const sub = (name: string) => {
    if (inputs[name] === null || typeof inputs[name] !== 'object') put(inputs, name, {});
    return inputs[name] as Record<string, unknown>;
  };
  if (m.op === 'drawn') {
    const key = typeof m.key === 'number' ? drawnKeys[m.key % drawnKeys.length]! : m.key;
    put(sub('drawn'), key, marker(m.value));
  } else if (m.op === 'override') put(sub('overrides'), m.key, marker(m.value));
  else if (m.op === 'field') put(inputs, m.path, marker(m.value));
  else delete inputs[m.path];
  return JSON.stringify(record).replace(/"@@raw(\d+)@@"/g, (_, i: string) => raws[Number(i)]!);
}

export function applyInputPlan(plan: InputPlan, b: Bases): Buffer {
  let text = plan.base === 'sweepLine' ? b.sweepLine : b.inputs;
  for (const m of plan.mutations) text = applyInputMutation(text, m, plan, b.drawnKeys);
  let bytes = Buffer.from(text);
  for (const m of plan.mutations)
    if (m.op === 'bytes') {
      const at = m.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
  return bytes;
}

/** Why the file must be refused, whatever else is wrong with it; undefined when it may replay. */
function mustRefuse(bytes: Buffer, plan: InputPlan, b: Bases): string | undefined {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    return 'not JSON';
  }
  if (record === null || typeof record !== 'object') return 'not an object';
  const inputs = inputsOf(record, plan.base);
  if (inputs.scenarioHash !== undefined && inputs.scenarioHash !== b.scenarioHash) return 'another scenario hash';
  const drawn = inputs.drawn;
  if (drawn === undefined) return undefined;
  if (drawn === null || typeof drawn !== 'object' || Array.isArray(drawn)) return 'drawn not an object';
  for (const [key, value] of Object.entries(drawn as Record<string, unknown>)) {
    if (!b.drawnKeys.includes(key)) return `unknown drawn key ${key}`;
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) >= 1e6 || value < -1)
      return `drawn ${key} = ${String(value)}`;
  }
  return undefined;
}

export async function runInputCase(plan: InputPlan, work: string): Promise<{ code: number; findings: Finding[] }> {
  const b = await inputBases(work);
  const bytes = applyInputPlan(plan, b);
  const file = join(work, 'inputs.json');
  rmSync(file, { force: true });
  writeFileSync(file, bytes);
  const run = await runCli(['run', 'arf-2022', '--inputs', file, '--json']);
  const findings = cliFindings('run --inputs', run, { codes: [0, 2], names: file });
  const why = mustRefuse(bytes, plan, b);
  if (why !== undefined && run.code === 0)
    findings.push({
      kind: 'inconsistent',
      stage: 'run --inputs',
      signature: `run: accepted what it must refuse: ${why.replace(/ = .*$/, '').replace(/ \S+$/, ' KEY')}`,
      detail: `${why}\n${describe(run)}`,
    });
  return { code: run.code, findings };
}
