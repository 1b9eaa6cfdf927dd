// `sweep --csv-runs FILE`: one CSV row per run of the --out file, in run order, for R and pandas:
// index, seed, outcome, whether a text was adopted and its wording, rounds, blockers, and the value
// each varied parameter (a LO:MODE:HI override) took. Written whole once the sweep ends.
// `forum-sim table` writes the same rows with its own input columns (a design point's overrides too).
import { replaceWhole, writeAllBytes } from '../analysis/fileReplace.js';
import { readLines } from '../analysis/sweepFile.js';
import { isError, runOverrides, type SweepHeader, type SweepRecord } from '../analysis/sweepLine.js';
import { parseHeader, parseRecord } from '../analysis/sweepParse.js';
import { InputError } from '../scenario/errors.js';
import { parseTriangle } from '../scenario/spreads.js';
import { variedInputs } from '../analysis/runVaried.js';
import { csvField } from './sweepFormat.js';

/** The overrides drawn from a spread: the parameters a sweep varies, one column each. */
export function variedKeys(header: Pick<SweepHeader, 'overrides' | 'vary'>): string[] {
  return Object.entries(runOverrides(header))
    .filter(([, value]) => parseTriangle(value) !== null)
    .map(([key]) => key);
}

export function runsCsvHeader(header: SweepHeader, inputs = variedKeys(header)): string {
  const columns = ['run', 'seed', 'outcome', 'text_adopted', 'rounds', 'capped', 'blockers', 'error'];
  return [...columns, ...header.issues.map((issue) => `text_${issue}`), ...inputs].map(csvField).join(',');
}

type Cell = string | number | null;
const row = (cells: Cell[]) => cells.map(csvField).join(',');
const logical = (yes: boolean) => (yes ? 'TRUE' : 'FALSE');

export function runsCsvRow(header: SweepHeader, record: SweepRecord, columns = variedKeys(header)): string {
  // An error line keeps no draws: its varied cells are empty.
  const values = isError(record) ? {} : variedInputs(header, record);
  const varied = columns.map((key) => values[key] ?? null);
  if (isError(record)) {
    const none = header.issues.map(() => null);
    return row([record.run, record.inputs.seed, null, null, null, null, null, record.error, ...none, ...varied]);
  }
  const { result } = record;
  const blockers = [...new Set(result.blockers.map((b) => `${b.actor}:${b.issue}`))].join(' ');
  const wording = header.issues.map((issue) => result.text?.[issue] ?? null);
  const { run, inputs } = record;
  const [adopted, capped] = [logical(result.text !== null), logical(result.capped)];
  return row([run, inputs.seed, result.outcome, adopted, result.rounds, capped, blockers, null, ...wording, ...varied]);
}

/**
 * Writes the CSV of `sweepFile`'s runs (in the file's order) to `csvFile`, which must not exist:
 * built under a temporary name and renamed, so it is whole or absent.
 */
export function writeRunsCsv(sweepFile: string, csvFile: string, inputs?: string[]): void {
  replaceWhole(csvFile, `${csvFile}.${process.pid}.partial`, (out) => {
    let header: SweepHeader | null = null;
    let rows: string[] = [];
    const flush = () => {
      writeAllBytes(out, Buffer.from(rows.join('')));
      rows = [];
    };
    for (const line of readLines(sweepFile)) {
      if (!line.terminated) break;
      const fail = (message: string) => new InputError([{ file: sweepFile, path: '', line: line.number, message }]);
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch {
        throw fail('not a line of JSON');
      }
      if (header === null) {
        header = parseHeader(value, fail);
        rows.push(runsCsvHeader(header, inputs) + '\n');
      } else rows.push(runsCsvRow(header, parseRecord(value, header, fail), inputs) + '\n');
      if (rows.length >= 1000) flush();
    }
    flush();
  });
}
