// The runs of a sweep or design file as PRIM's data: one column per input the runs varied (in
// name order), the derived inputs after them, and whether each run had the outcome. Rows are in
// run-index order, so a file written by 1 or N workers, or a sweep's shards given together, give
// the same data.
import { happenedInLine, REPORTED_EVENTS, type ReportedEvent } from '../consensusText.js';
import { InputError } from '../../scenario/errors.js';
import { mergeSweepFiles } from '../../cli/mergeSweeps.js';
import { isError, type SweepHeader } from '../sweepLine.js';
import { variedInputs, type VariedValue } from '../runVaried.js';
import type { PrimData } from './box.js';
import { deriveColumn, type Derived } from './derive.js';

export interface PrimInputs {
  header: SweepHeader;
  data: PrimData;
  /** Runs that failed (error lines), left out. */
  errors: number;
  /** Varied inputs PRIM cannot peel, with why: text values, or missing from some runs. */
  leftOut: { input: string; reason: string }[];
}

export function parseEvent(text: string): ReportedEvent {
  if ((REPORTED_EVENTS as readonly string[]).includes(text)) return text as ReportedEvent;
  throw new InputError([{ file: '--outcome', path: text, message: `expected one of ${REPORTED_EVENTS.join(', ')}` }]);
}

type Row = { run: number; inputs: Record<string, VariedValue>; hit: boolean };

/** One column per numeric input that varies, in name order; the others, with why they are left out. */
function numericColumns(rows: readonly Row[]) {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.inputs)))].sort();
  const leftOut: PrimInputs['leftOut'] = [];
  const inputs: string[] = [];
  const columns: Float64Array[] = [];
  for (const name of names) {
    const values = rows.map((row) => row.inputs[name]);
    if (values.some((v) => v === undefined)) leftOut.push({ input: name, reason: 'not varied in every run' });
    else if (values.some((v) => typeof v !== 'number')) leftOut.push({ input: name, reason: 'takes text values' });
    else if (new Set(values).size > 1) {
      inputs.push(name);
      columns.push(Float64Array.from(values as number[]));
    }
  }
  return { inputs, columns, leftOut };
}

function addDerived(file: string, inputs: string[], columns: Float64Array[], { name, fn, inputs: parts }: Derived) {
  const missing = parts.filter((part) => !inputs.includes(part));
  const fail = (message: string) => new InputError([{ file: '--derive', path: name, message }]);
  if (missing.length > 0)
    throw fail(
      `${missing.join(', ')}: not a numeric input the runs of ${file} varied; they varied ${inputs.join(', ') || 'none'}`,
    );
  if (inputs.includes(name)) throw fail('already an input');
  columns.push(
    deriveColumn(
      fn,
      parts.map((part) => columns[inputs.indexOf(part)]!),
    ),
  );
  inputs.push(name);
}

/**
 * The runs of a sweep or design file, or of its shards' files (checked and folded as `merge`
 * folds them: the same sweep, no run twice), as PRIM's data.
 */
export function readPrimInputs(
  files: string | readonly string[],
  event: ReportedEvent,
  derived: readonly Derived[] = [],
  warn: (message: string) => void = () => {},
): PrimInputs {
  const list = typeof files === 'string' ? [files] : files;
  const rows: Row[] = [];
  let errors = 0;
  const { header, firstFile } = mergeSweepFiles(list, warn, (record, fileHeader) => {
    if (isError(record)) errors++;
    else
      rows.push({
        run: record.run,
        inputs: variedInputs(fileHeader, record),
        hit: happenedInLine(record.result, event),
      });
  });
  const name = list.length === 1 ? firstFile : `${firstFile} and ${list.length - 1} more file(s)`;
  if (rows.length === 0) throw new InputError([{ file: name, path: '', message: 'no completed runs to look at' }]);
  rows.sort((a, b) => a.run - b.run);
  const { inputs, columns, leftOut } = numericColumns(rows);
  for (const d of derived) addDerived(name, inputs, columns, d);
  const outcome = Uint8Array.from(rows, (row) => Number(row.hit));
  return { header, data: { inputs, columns, outcome }, errors, leftOut };
}
