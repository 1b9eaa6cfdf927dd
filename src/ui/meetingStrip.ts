// The strip of meetings across the top of a sequence: the ones before the current meeting with their
// outcome, the current one, the later ones (which the view dims: their outcome is not known yet to
// someone watching the chain in order). It always fits the window: labels lose their year first,
// then only the current meeting keeps its name, then the meetings away from it give way to a count.
import type { OutcomeKind } from '../domain/types.js';

export type StripState = 'done' | 'current' | 'later';

export interface StripCell {
  text: string;
  state: StripState;
  outcome: OutcomeKind | null;
}

export interface StripMeeting {
  id: string;
  outcome: OutcomeKind;
}

/** The outcome in a word: the strip has room for little more. */
export const SHORT_OUTCOME: Record<OutcomeKind, string> = {
  'joint-statement': 'joint',
  'chair-statement': 'chair',
  'no-statement': 'none',
  adopted: 'adopted',
  rejected: 'rejected',
  vetoed: 'vetoed',
};

const SEPARATOR = ' > ';

/** `asean-russia-2022` reads as `asean-russia`: the year is the same across a season. */
const withoutYear = (id: string) => id.replace(/-\d{4}(-\d{2})?$/, '') || id;

/** With `compact`, only the current meeting is named; the others keep their number (and outcome). */
function cellsOf(
  meetings: readonly StripMeeting[],
  current: number,
  label: (id: string) => string,
  compact = false,
): StripCell[] {
  return meetings.map((m, i) => {
    const state: StripState = i < current ? 'done' : i === current ? 'current' : 'later';
    const name = compact && state !== 'current' ? `${i + 1}` : `${i + 1} ${label(m.id)}`;
    if (state === 'done') return { text: `${name} ${SHORT_OUTCOME[m.outcome]}`, state, outcome: m.outcome };
    return { text: state === 'current' ? `[${name}]` : name, state, outcome: null };
  });
}

const widthOf = (cells: readonly StripCell[]) =>
  cells.reduce((sum, c, i) => sum + c.text.length + (i > 0 ? SEPARATOR.length : 0), 0);

/** The strip's cells for a window `columns` wide (one column short of it, as the header). */
export function stripCells(meetings: readonly StripMeeting[], current: number, columns: number): StripCell[] {
  const room = columns - 1;
  // The labels that fit wherever the chain stands, so they do not change as the current meeting moves.
  const fitsEverywhere = (label: (id: string) => string) =>
    meetings.every((_, at) => widthOf(cellsOf(meetings, at, label)) <= room);
  for (const label of [(id: string) => id, withoutYear])
    if (fitsEverywhere(label)) return cellsOf(meetings, current, label);
  for (const compact of [false, true]) {
    const short = cellsOf(meetings, current, withoutYear, compact);
    if (widthOf(short) <= room) return short;
  }
  // Still too wide (a long season in a narrow window): keep the meetings nearest the current one.
  const cells = cellsOf(meetings, current, withoutYear);
  let [from, to] = [current, current + 1];
  const framed = (a: number, b: number): StripCell[] => [
    ...(a > 0 ? [{ text: `${a} before`, state: 'done' as const, outcome: null }] : []),
    ...cells.slice(a, b),
    ...(b < cells.length ? [{ text: `${cells.length - b} more`, state: 'later' as const, outcome: null }] : []),
  ];
  for (;;) {
    const wider = to < cells.length && widthOf(framed(from, to + 1)) <= room ? [from, to + 1] : null;
    const earlier = from > 0 && widthOf(framed(from - 1, to)) <= room ? [from - 1, to] : null;
    // Later meetings first: what comes next matters more to someone watching than what is done.
    const next = wider ?? earlier;
    // With no room even for the counts, the current meeting alone (cut at the edge if it must be).
    if (!next) return widthOf(framed(from, to)) <= room ? framed(from, to) : cells.slice(from, to);
    [from, to] = next as [number, number];
  }
}

export { SEPARATOR as STRIP_SEPARATOR };
