// The deepest run of flow brackets ([ and {) in a YAML text, found before parsing: the yaml
// package recurses once per level, and thousands of levels exhaust its stack or its memory
// (a process abort, not an error) before any check on the parsed document can run.

/** Offset of the first bracket nested deeper than `limit`, or undefined. Quoted text and comments are skipped. */
export function tooDeepFlow(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      else if (c === '\n' && depth === 0) quote = undefined; // an apostrophe in plain text, not a quote
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\n' && depth > 0 && !/^\s/.test(text[i + 1] ?? '')) depth = 0; // a new top-level line
  }
  return undefined;
}
