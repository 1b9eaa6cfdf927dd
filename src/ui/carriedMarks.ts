// What carried into a meeting, as the delegation grid shows it: a letter per channel next to each
// delegation it marks, and one line saying what the letters mean (only those in use).
import type { ActorId } from '../domain/types.js';
import type { CarriedValue, Channel } from '../sequence/types.js';

/** The letter and meaning of each channel that marks a delegation; the room's mood marks no one. */
export const CARRY_LETTER: Record<Exclude<Channel, 'mood'>, { letter: string; meaning: string; short: string }> = {
  face: { letter: 'F', meaning: 'lost face', short: 'face' },
  walkouts: { letter: 'W', meaning: 'walked out before', short: 'walked out' },
  grievance: { letter: 'G', meaning: 'grievance', short: 'grievance' },
  precedent: { letter: 'P', meaning: 'precedent (agreed text)', short: 'precedent' },
  embarrassment: { letter: 'H', meaning: 'host embarrassed', short: 'host' },
};

const ORDER = Object.keys(CARRY_LETTER) as (keyof typeof CARRY_LETTER)[];

/** Per delegation, the letters of the channels that carried something into it, in a fixed order. */
export function carriedLetters(carried: readonly CarriedValue[]): Map<ActorId, string> {
  const channels = new Map<ActorId, Set<Channel>>();
  for (const value of carried) {
    const set = channels.get(value.delegation) ?? new Set<Channel>();
    for (const channel of value.channels) set.add(channel);
    channels.set(value.delegation, set);
  }
  const letters = new Map<ActorId, string>();
  for (const [id, set] of channels) {
    const text = ORDER.filter((c) => set.has(c))
      .map((c) => CARRY_LETTER[c].letter)
      .join('');
    if (text) letters.set(id, text);
  }
  return letters;
}

/**
 * One line for a window `columns` wide: how many values carried in and what the letters on the grid
 * mean, in words when they fit, else in a word each (the help under ? has them in full).
 */
export function carriedLegend(carried: readonly CarriedValue[], first: boolean, columns: number): string {
  if (carried.length === 0) return first ? 'Carried in: nothing (first meeting)' : 'Carried in: nothing';
  const used = new Set(carried.flatMap((v) => v.channels));
  const line = (word: 'meaning' | 'short', mood: string, head: string) => {
    const parts = ORDER.filter((c) => used.has(c)).map((c) => `${CARRY_LETTER[c].letter} ${CARRY_LETTER[c][word]}`);
    if (used.has('mood')) parts.push(mood);
    return `${head}: ${parts.join('  ')}`;
  };
  const long = line('meaning', 'the room cooled', `Carried in (${carried.length})`);
  return long.length < columns ? long : line('short', 'room cooled', `Carried in`);
}
