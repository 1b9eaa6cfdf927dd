// The key hints on the forum view's last line. All of them when the window is wide enough;
// otherwise the ones marked essential (the help under ? lists every key), never cut mid-word.

const HINTS: { key: string; what: string; essential: boolean }[] = [
  { key: 'space', what: 'step', essential: true },
  { key: 'enter', what: 'play', essential: true },
  { key: 'p', what: 'pause', essential: false },
  { key: 'r', what: 're-run', essential: true },
  { key: 's', what: 'seed', essential: false },
  { key: 'e', what: 'edit', essential: true },
  { key: 'c', what: 'compare', essential: true },
  { key: 'w', what: 'sweep', essential: true },
  { key: '?', what: 'help', essential: true },
  { key: 'q', what: 'quit', essential: true },
];

const line = (hints: typeof HINTS) => hints.map((h) => `${h.key} ${h.what}`).join('  ');

/** A sequence's forum view: no edits, comparison or sweep (those are per forum); keys to move along the chain. */
const SEQUENCE_HINTS: typeof HINTS = [
  ...HINTS.filter((h) => ['space', 'enter', 'p', 'r', 's'].includes(h.key)),
  { key: '[ ]', what: 'meeting', essential: true },
  ...HINTS.filter((h) => ['?', 'q'].includes(h.key)),
];

/** The hints for a window `columns` wide, one column short of it (a full row can wrap in some terminals). */
export function footerHints(columns: number, hints = HINTS): string {
  const all = line(hints);
  return all.length < columns ? all : line(hints.filter((h) => h.essential));
}

/** The hints of a sequence's forum view, for a window `columns` wide. */
export const sequenceHints = (columns: number): string => footerHints(columns, SEQUENCE_HINTS);
