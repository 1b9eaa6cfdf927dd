// A file can hold tens of thousands of problems (a pasted log, a generated file); a few dozen say what
// is wrong, and thousands of lines would bury them.
import type { Problem } from './errors.js';

export const MAX_PROBLEMS_PER_FILE = 50;

const SUMMARY = /^\.\.\. and (\d+) more problems? in this file$/;

/**
 * The first problems of each file, and one line per file saying how many more there are. Limiting a
 * list already limited (a loader's problems, reported again by validate) gives the same list.
 */
export function limitProblems(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): Problem[] {
  const files = new Map<string, { shown: number; total: number; hidden: number }>();
  for (const p of problems) {
    const count = files.get(p.file) ?? { shown: 0, total: 0, hidden: 0 };
    const summary = p.path === '' ? SUMMARY.exec(p.message) : null;
    if (summary) count.hidden += Number(summary[1]);
    else count.total++;
    files.set(p.file, count);
  }
  const out: Problem[] = [];
  for (const p of problems) {
    const count = files.get(p.file)!;
    if (p.path === '' && SUMMARY.test(p.message)) continue;
    if (++count.shown > max) continue;
    out.push(p);
    const more = Math.max(0, count.total - max) + count.hidden;
    if (count.shown === Math.min(max, count.total) && more > 0) out.push(summaryOf(p.file, more));
  }
  return out;
}

function summaryOf(file: string, more: number): Problem {
  return { file, path: '', message: `... and ${more} more problem${more === 1 ? '' : 's'} in this file` };
}
