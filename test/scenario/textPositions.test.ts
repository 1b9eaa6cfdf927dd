// Problem locations come from the text itself, even where the yaml lexer loses count of lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textPositions } from '../../src/scenario/textPositions.js';
import { validatePath } from '../../src/scenario/validate.js';

describe('textPositions', () => {
  it('gives 1-based lines and columns, a break belonging to the line it ends', () => {
    const at = textPositions('ab\ncd\n\nx');
    expect(at.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(at.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(at.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(at.linePos(6)).toEqual({ line: 3, col: 1 });
    expect(at.linePos(7)).toEqual({ line: 4, col: 1 });
    expect(at.linePos(99)).toEqual({ line: 4, col: 2 });
  });

  it('places every problem of a file broken inside block scalars within its line (found by the fuzz)', () => {
    const file = new URL('../fixtures/hostile/block-scalar-errors.yaml', import.meta.url).pathname;
    const lines = readFileSync(file, 'utf8').split('\n');
    const problems = validatePath(file).problems;
    expect(problems.length).toBeGreaterThan(10);
    const located = problems.filter((p) => p.line !== undefined); // not the "... and N more" line
    expect(located.length).toBeGreaterThan(10);
    for (const p of located) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.column).toBeLessThanOrEqual(lines[p.line! - 1]!.length + 1);
    }
  });
});
