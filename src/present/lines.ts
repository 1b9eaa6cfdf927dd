// Text output as lines, each escaped on its way out (safeText): text from a file can hold a
// newline or a terminal escape, and neither may split a line, forge one, or reach the terminal raw.
import { safeText } from './safeText.js';

/** One line per entry, each escaped; an entry that held a newline stays one line (`\n` shown). */
export function safeLines(lines: readonly string[]): string {
  return lines.map(safeText).join('\n');
}

/**
 * Rows as aligned columns two spaces apart, cells escaped before they are measured so the columns
 * line up; `alignRight(c)` right-aligns column c (numbers). Trailing spaces trimmed.
 */
export function textTable(rows: readonly (readonly string[])[], alignRight: (c: number) => boolean = () => false) {
  const safe = rows.map((row) => row.map((cell) => safeText(cell ?? '')));
  const widths = safe[0]!.map((_, c) => Math.max(...safe.map((row) => (row[c] ?? '').length)));
  return safe.map((row) =>
    row
      .map((cell, c) => (alignRight(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}
