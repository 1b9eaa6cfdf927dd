// The per-run table of a sweep or design file: its records in run order with the inputs the runs
// varied (sorted by name), and the same table as an Apache Arrow IPC file, which pandas
// (pyarrow.feather / pd.read_feather) and R (arrow::read_feather) read with their types intact.
import { Bool, Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { mergeSweepFiles } from '../cli/mergeSweeps.js';
import { isError, type SweepHeader, type SweepRecord } from './sweepLine.js';
import { variedInputs, type VariedValue } from './runVaried.js';

export interface RunTable {
  header: SweepHeader;
  /** Every input some run varied, sorted by name: a sweep's --vary draws, a design point's overrides. */
  inputs: string[];
  /** In run-index order, however many workers or shards wrote the file. */
  records: SweepRecord[];
}

/** The runs of a sweep or design file, or of its shards' files (checked and folded as `merge` does). */
export function readRunTable(files: string | readonly string[], warn: (message: string) => void = () => {}): RunTable {
  const records: SweepRecord[] = [];
  const { header } = mergeSweepFiles(typeof files === 'string' ? [files] : files, warn, (record) => {
    records.push(record);
  });
  records.sort((a, b) => a.run - b.run);
  const inputs = [...new Set(records.flatMap((r) => (isError(r) ? [] : Object.keys(variedInputs(header, r)))))].sort();
  return { header, inputs, records };
}

const column = <T>(records: readonly SweepRecord[], cell: (record: SweepRecord) => T | null) => records.map(cell);

/** The table as an Arrow IPC file: the CSV's columns, typed (an input with any text value is text). */
export function runTableArrow({ header, inputs, records }: RunTable): Uint8Array {
  const result = (r: SweepRecord) => (isError(r) ? null : r.result);
  const varied = records.map((r) => (isError(r) ? {} : variedInputs(header, r)));
  const columns: Record<string, Vector> = {
    run: vectorFromArray(
      column(records, (r) => r.run),
      new Int32(),
    ),
    seed: vectorFromArray(
      column(records, (r) => r.inputs.seed),
      new Utf8(),
    ),
    outcome: vectorFromArray(
      column(records, (r) => result(r)?.outcome ?? null),
      new Utf8(),
    ),
    text_adopted: vectorFromArray(
      column(records, (r) => (result(r) ? result(r)!.text !== null : null)),
      new Bool(),
    ),
    rounds: vectorFromArray(
      column(records, (r) => result(r)?.rounds ?? null),
      new Int32(),
    ),
    capped: vectorFromArray(
      column(records, (r) => result(r)?.capped ?? null),
      new Bool(),
    ),
    blockers: vectorFromArray(
      column(records, (r) => blockerList(result(r))),
      new Utf8(),
    ),
    error: vectorFromArray(
      column(records, (r) => (isError(r) ? r.error : null)),
      new Utf8(),
    ),
  };
  for (const issue of header.issues)
    columns[`text_${issue}`] = vectorFromArray(
      column(records, (r) => result(r)?.text?.[issue] ?? null),
      new Utf8(),
    );
  for (const input of inputs) {
    const values: (VariedValue | null)[] = varied.map((v) => v[input] ?? null);
    columns[input] = values.every((v) => v === null || typeof v === 'number')
      ? vectorFromArray(values as (number | null)[], new Float64())
      : vectorFromArray(
          values.map((v) => (v === null ? null : String(v))),
          new Utf8(),
        );
  }
  return tableToIPC(new Table(columns), 'file');
}

/** `ACTOR:ISSUE` pairs, space-separated, as in the CSV. */
function blockerList(result: Extract<SweepRecord, { result: unknown }>['result'] | null): string | null {
  if (!result) return null;
  return [...new Set(result.blockers.map((b) => `${b.actor}:${b.issue}`))].join(' ');
}
