// `forum-sim table FILE... --csv OUT [--arrow OUT]`: one row per run of a sweep or design file (or
// its shards' files, given together), for R and pandas: index, seed, outcome, the text adopted,
// rounds, blockers and the varied inputs.
// The CSV has the columns of `sweep --csv-runs`; the Arrow IPC file the same, typed.
import { existsSync } from 'node:fs';
import { replaceWithBytes } from '../analysis/fileReplace.js';
import { readRunTable, runTableArrow, type RunTable } from '../analysis/runTable.js';
import { safeText } from '../present/safeText.js';
import { parse } from './args.js';
import { warnTo, type Io } from './runCommand.js';
import { describeWriteError, EXIT_OUTPUT_ERROR } from './streams.js';
import { runsCsvHeader, runsCsvRow } from './sweepRunsCsv.js';
import { isSystemError } from './sweepIoError.js';
import { HELP, UsageError } from './usage.js';

export function runTableCsv({ header, inputs, records }: RunTable): string {
  return [runsCsvHeader(header, inputs), ...records.map((r) => runsCsvRow(header, r, inputs))].join('\n') + '\n';
}

export function tableCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('table', argv, { csv: { type: 'string' }, arrow: { type: 'string' } });
  if (values.help) {
    io.out(HELP.table!);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('table needs a FILE: a sweep or design --out file, or the files of its shards', 'table');
  const outputs = [values.csv, values.arrow].filter((x): x is string => x !== undefined);
  if (outputs.length === 0) throw new UsageError('table needs --csv OUT or --arrow OUT (or both)', 'table');
  if (values.csv !== undefined && values.csv === values.arrow)
    throw new UsageError('--csv and --arrow name the same file', 'table');
  for (const out of outputs)
    if (existsSync(out)) throw new UsageError(`${out}: the file exists, and table never overwrites one`, 'table');
  const table = readRunTable(positionals, warnTo(io));
  const writes: [string | undefined, () => Buffer][] = [
    [values.csv, () => Buffer.from(runTableCsv(table))],
    [values.arrow, () => Buffer.from(runTableArrow(table))],
  ];
  for (const [out, bytes] of writes) {
    if (out === undefined) continue;
    try {
      replaceWithBytes(out, bytes());
    } catch (error) {
      if (!isSystemError(error)) throw error;
      io.err(`forum-sim: cannot write ${safeText(out)}: ${describeWriteError(error)}`);
      return EXIT_OUTPUT_ERROR;
    }
    io.out(safeText(`${out}: ${table.records.length} runs; inputs ${table.inputs.join(', ') || 'none varied'}`));
  }
  return 0;
}
