// The record files' rows (scenarios/history/record-*.yaml: meetings under `forums`, UN votes
// under `votes`) against the cases: every row a case does not score is listed with the reason.
import { InputError } from '../../scenario/errors.js';
import { readYamlFile } from '../../scenario/yamlFile.js';

export interface RecordRow {
  /** The row's id (a meeting) or key (a UN vote, e.g. `68/262`). */
  key: string;
  file: string;
  date: string | null;
  /** The row's outcome as the record writes it (`joint`, `unknown` ...); votes carry none. */
  outcome: string | null;
}

export interface NotScoredRow {
  key: string;
  file: string;
  date: string | null;
  reason: string;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : null;

/** Every row of the record files, in file order; a file without `forums` or `votes` is refused. */
export function readRecordRows(files: readonly string[]): RecordRow[] {
  const rows: RecordRow[] = [];
  for (const file of files) {
    const data = readYamlFile(file).data as { forums?: unknown; votes?: unknown } | null;
    const forums = data?.forums;
    const votes = data?.votes;
    if (!Array.isArray(forums) && (typeof votes !== 'object' || votes === null))
      throw new InputError([
        { file, path: '', message: 'expected a record file with a `forums` list or a `votes` map' },
      ]);
    for (const [index, row] of (Array.isArray(forums) ? forums : []).entries()) {
      const id = text((row as { id?: unknown })?.id);
      if (id === null) throw new InputError([{ file, path: `forums.${index}.id`, message: 'expected the row id' }]);
      const { date, outcome } = row as { date?: unknown; outcome?: unknown };
      rows.push({ key: id, file, date: text(date), outcome: text(outcome) });
    }
    for (const [key, row] of Object.entries((votes as Record<string, unknown> | undefined) ?? {}))
      rows.push({ key, file, date: text((row as { date?: unknown })?.date), outcome: null });
  }
  return rows;
}

/** What a row needs of the cases: which row each maps to and whether it was scored. */
export interface CaseForRow {
  recordKeys: readonly string[];
  unscorable: string | null;
}

/**
 * The rows no case scores: without a case file ("no case file", or "outcome unknown" when the
 * record itself does not know it), or whose case is marked unscorable (the case's reason).
 */
export function notScoredRows(rows: readonly RecordRow[], cases: readonly CaseForRow[]): NotScoredRow[] {
  const out: NotScoredRow[] = [];
  for (const row of rows) {
    const found = cases.find((c) => c.recordKeys.includes(row.key));
    const reason = found ? found.unscorable : row.outcome === 'unknown' ? 'outcome unknown' : 'no case file';
    if (reason !== null) out.push({ key: row.key, file: row.file, date: row.date, reason });
  }
  return out;
}

/** Cases none of whose record keys names a row of the record files (a typo, or a row not yet copied in). */
export function casesWithoutRow(
  rows: readonly RecordRow[],
  cases: readonly { id: string; recordKeys: readonly string[] }[],
): string[] {
  const keys = new Set(rows.map((r) => r.key));
  return cases.filter((c) => !c.recordKeys.some((k) => keys.has(k))).map((c) => c.id);
}
