// The forum view's first line: which forum, where it stands, the seed and the edits. It always fits
// the window: the forum's name gives way first (shortened at a word, never mid-word), then who
// hosts and chairs; the run's state (round, phase, seed, edits) is never cut.
import { shortName } from './names.js';

export interface HeaderFacts {
  name: string;
  /** `host+chair KHM`, or `host X chair Y`. */
  place: string;
  /** `round 2/6`, or `preparatory track`. */
  progress: string;
  phase: string;
  seed: string;
  /** Edits the shown run was played with. */
  edits: number;
}

/** Names shorter than this say too little to keep: the header leaves the name out instead. */
const MIN_NAME = 8;

/** The header for a window `columns` wide, one column short of it (a full row can wrap in some terminals). */
export function headerLine(facts: HeaderFacts, columns: number): string {
  const width = columns - 1;
  const state = [facts.progress, facts.phase, `seed ${facts.seed}`];
  if (facts.edits > 0) state.push(`${facts.edits} edit(s)`);
  const tail = state.join(' | ');
  const withName = (rest: string) => {
    const room = width - ` | ${rest}`.length;
    return room >= MIN_NAME ? `${shortName(facts.name, room)} | ${rest}` : null;
  };
  return withName(`${facts.place} | ${tail}`) ?? withName(tail) ?? tail;
}
