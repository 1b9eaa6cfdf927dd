// Derived inputs for PRIM: an answer is often an interaction, such as "while any of five Western
// delegations has patience below 0.3", which is a box on the minimum of five inputs, not on any
// one of them. `NAME=min(USA,AUS,JPN).patience` is min over USA.patience, AUS.patience and
// JPN.patience; `NAME=max(A.x,B.y)` names whole inputs. Functions: min, max, mean.
import { InputError } from '../../scenario/errors.js';

export const DERIVE_FUNCTIONS = ['min', 'max', 'mean'] as const;
export type DeriveFunction = (typeof DERIVE_FUNCTIONS)[number];

export interface Derived {
  name: string;
  fn: DeriveFunction;
  inputs: string[];
}

const SHAPE = /^([A-Za-z_][\w-]*)=(min|max|mean)\(([^()]+)\)(?:\.([\w.-]+))?$/;

const fail = (spec: string, message: string) => new InputError([{ file: '--derive', path: spec, message }]);

export function parseDerive(spec: string): Derived {
  const match = SHAPE.exec(spec.replace(/\s+/g, ''));
  if (!match)
    throw fail(
      spec,
      `expected NAME=FN(ACTOR,...).PATH or NAME=FN(INPUT,...) with FN one of ${DERIVE_FUNCTIONS.join(', ')}, e.g. minWestPatience=min(USA,AUS,JPN).patience`,
    );
  const [, name, fn, list, path] = match;
  const parts = list!.split(',').filter(Boolean);
  if (parts.length === 0) throw fail(spec, 'no inputs between the brackets');
  return { name: name!, fn: fn as DeriveFunction, inputs: parts.map((part) => (path ? `${part}.${path}` : part)) };
}

export function deriveColumn(fn: DeriveFunction, columns: readonly Float64Array[]): Float64Array {
  const runs = columns[0]!.length;
  const out = new Float64Array(runs);
  for (let run = 0; run < runs; run++) {
    const values = columns.map((column) => column[run]!);
    out[run] =
      fn === 'min'
        ? Math.min(...values)
        : fn === 'max'
          ? Math.max(...values)
          : values.reduce((a, b) => a + b, 0) / values.length;
  }
  return out;
}
