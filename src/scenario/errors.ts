// Bad input is reported as data, one problem per line, never as a stack trace.
import { safeText } from '../present/safeText.js';

export interface Problem {
  file: string;
  /** Dotted field path inside the file, or '' for the file as a whole. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

/**
 * `FILE:LINE:COL: PATH: message` on one line. Each part is escaped (safeText): a key or value that
 * holds a newline or a terminal escape cannot forge a second problem line or drive the terminal.
 */
export function formatProblem(p: Problem): string {
  const file = safeText(p.file);
  const where = p.line !== undefined ? `${file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : file;
  return p.path ? `${where}: ${safeText(p.path)}: ${safeText(p.message)}` : `${where}: ${safeText(p.message)}`;
}

/** Closest candidate by edit distance, for did-you-mean hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  // Of two names as near, the one with the very same letters wins: a swap is likelier than a wrong key ("RSU" is "RUS", not "ROU").
  const letters = (w: string) => [...w.toLowerCase()].sort().join('');
  const sameLetters = (c: string | undefined) => c !== undefined && letters(c) === letters(word);
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && sameLetters(c) && !sameLetters(best))) {
      bestDistance = d;
      best = c;
    }
  }
  // About a third of the word may differ, but a short word keeps two letters (FRA is not "BRN").
  const allowed = Math.max(1, Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 2));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Edits (insert, delete, substitute, or swap two neighbours) from a to b: the optimal string
 * alignment distance. A swap counts as one, as it is one slip: "rnu" is "run", "KMH" is "KHM".
 */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const hint = closest(word, candidates);
  return hint ? ` (did you mean "${hint}"?)` : '';
}
