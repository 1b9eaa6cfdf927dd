// The running aggregates of a sequence sweep: counts only, order-free (chains folded one by one, or
// shards' files folded in any order, give the same tally). The joint count of the meetings'
// outcomes is kept whole: every margin and conditional odds derive from it.
import { stableStringify } from '../../scenario/stableJson.js';
import { isChainError, type ChainLine, type MeetingLine } from './chainLine.js';

/** Marks a meeting's outcome in a joint key when the room also agreed a text (consensusText.ts). */
export const WITH_TEXT = '+text';
/** Marks a meeting's outcome in a joint key when a delegation walked out there. */
export const WITH_WALKOUT = '+walkout';

export interface ChainTally {
  /** Chains folded: those that finished and those that threw. */
  completed: number;
  errors: number;
  /** Each meeting's outcome (`+text`, `+walkout` where they happened), space-separated in order -> chains. */
  joint: Map<string, number>;
  /** Per meeting: the agreed text as stable JSON (issue -> rung) -> chains that agreed it. */
  texts: Map<string, number>[];
  /** Per meeting: `ACTOR>SPEAKER` -> chains in which that walkout happened there. */
  walkouts: Map<string, number>[];
}

export function emptyChainTally(): ChainTally {
  return { completed: 0, errors: 0, joint: new Map(), texts: [], walkouts: [] };
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** A meeting's token in a joint key. */
export const meetingToken = (m: Pick<MeetingLine, 'outcome' | 'text' | 'walkouts'>): string =>
  `${m.outcome}${m.text === null ? '' : WITH_TEXT}${m.walkouts.length === 0 ? '' : WITH_WALKOUT}`;

export function addChain(tally: ChainTally, line: ChainLine): void {
  tally.completed++;
  if (isChainError(line)) {
    tally.errors++;
    return;
  }
  bump(tally.joint, line.meetings.map(meetingToken).join(' '));
  line.meetings.forEach((m, k) => {
    tally.texts[k] ??= new Map();
    tally.walkouts[k] ??= new Map();
    if (m.text !== null) bump(tally.texts[k], stableStringify(m.text));
    for (const w of m.walkouts) bump(tally.walkouts[k], w);
  });
}
