// Names shortened to a column's width at a word boundary, never mid-word ("United Stat").

const TRAILING = /[\s,;:(-]+$/;
const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'du']);

/** The words of `text` from the start that fit in `width`, without a dangling "of" or comma. */
function wordPrefix(text: string, width: number): string {
  const words = text.split(/\s+/);
  let best = '';
  for (let n = 1; n <= words.length; n++) {
    const candidate = words.slice(0, n).join(' ').replace(TRAILING, '');
    if (candidate.length > width) break;
    if (!STOP.has(words[n - 1]!.toLowerCase())) best = candidate;
  }
  return best;
}

/**
 * `name` if it fits in `width`; else, for "X of Y" names, Y (with X's initials when X has several
 * words: "DPR Korea"); else the leading whole words that fit ("United", "Hong Kong"). A first word
 * longer than the width is the only case cut, and it ends in "." to say so.
 */
export function shortName(name: string, width: number): string {
  if (name.length <= width) return name;
  const of = /^(.+?) of (.+)$/.exec(name);
  if (of) {
    const head = of[1]!.split(/\s+/);
    const tail = of[2]!;
    const initials = head.length > 1 ? `${head.map((w) => w[0]!.toUpperCase()).join('')} ` : '';
    if (initials.length + tail.length <= width) return `${initials}${tail}`;
    if (tail.length <= width) return tail;
  }
  const prefix = wordPrefix(name, width);
  if (prefix) return prefix;
  return width <= 1 ? name.slice(0, width) : `${name.slice(0, width - 1)}.`;
}
