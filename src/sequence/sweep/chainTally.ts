// The running aggregates of a sequence sweep: counts only, order-free (chains folded one by one, or
// shards' files folded in any order, give the same tally). The joint count of the meetings'
// outcomes is kept whole: every margin and conditional odds derive from it.
import { stableStringify } from '../../scenario/stableJson.js';
import { isChainError, type ChainLine, type MeetingLine } from './chainLine.js';

/** Marks a meeting's outcome in a joint key when the room also agreed a text (consensusText.ts). */
export const WITH_TEXT = '+text';

export interface ChainTally {
  /** Chains folded: those that finished and those that threw. */
  completed: number;
  errors: number;
  /** Each meeting's `outcome` or `outcome+text`, space-separated in the sequence's order -> chains. */
  joint: Map<string, number>;
  /** Per meeting: the agreed text as stable JSON (issue -> rung) -> chains that agreed it. */
  texts: Map<string, number>[];
  /** Per meeting: `ACTOR>SPEAKER` -> chains in which that walkout happened there. */
  walkouts: Map<string, number>[];
  /** Per meeting: chains with at least one walkout there. */
  anyWalkout: number[];
}

export function emptyChainTally(): ChainTally {
  return { completed: 0, errors: 0, joint: new Map(), texts: [], walkouts: [], anyWalkout: [] };
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** A meeting's token in a joint key. */
export const meetingToken = (m: Pick<MeetingLine, 'outcome' | 'text'>): string =>
  m.text === null ? m.outcome : `${m.outcome}${WITH_TEXT}`;

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
    tally.anyWalkout[k] ??= 0;
    if (m.text !== null) bump(tally.texts[k], stableStringify(m.text));
    for (const w of m.walkouts) bump(tally.walkouts[k], w);
    if (m.walkouts.length > 0) tally.anyWalkout[k]++;
  });
}
