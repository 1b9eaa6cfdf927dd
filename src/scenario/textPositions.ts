// Line and column of an offset in a text, counted from the text itself. The yaml package's
// LineCounter only sees the line breaks its lexer emits, so after a parse error inside a block
// scalar it places later errors on an earlier line, past that line's end.

export interface TextPositions {
  /** 1-based line and column of a character offset. */
  linePos(offset: number): { line: number; col: number };
}

export function textPositions(text: string): TextPositions {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    linePos(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= at) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: at - starts[low]! + 1 };
    },
  };
}
