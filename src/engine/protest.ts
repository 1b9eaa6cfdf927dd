// Walkouts as protest (PRACTICE.md: "Walkouts are protests"): a delegation leaves the room while
// another speaks and comes back for the text. Each protest embarrasses the host and cools the
// room; a protest is rarer where more is at stake. Numbers assumed.
import type { Profile } from '../domain/types.js';
import { EMBARRASSMENT_PER_PROTEST } from '../actors/pressure.js';
import { protestProbability } from './stakes.js';

/** Each protest chills the room by this much, up to MAX_COOLNESS (assumed). */
export const COOLNESS_PER_PROTEST = 0.1;
export const MAX_COOLNESS = 0.5;

export interface RoomMood {
  /** 0..1 the host's embarrassment: it raises the cost of blocking. */
  embarrassment: number;
  /** 0..MAX_COOLNESS how far protests have chilled the room: concessions come slower. */
  coolness: number;
}

export const QUIET_ROOM: RoomMood = { embarrassment: 0, coolness: 0 };

export function protested(room: RoomMood): RoomMood {
  return {
    embarrassment: Math.min(1, room.embarrassment + EMBARRASSMENT_PER_PROTEST),
    coolness: Math.min(MAX_COOLNESS, room.coolness + COOLNESS_PER_PROTEST),
  };
}

/** The profile with its walkout triggers scaled down by what the meeting puts at stake. */
export function restrainProtests(profile: Profile, stakes: number): Profile {
  if (profile.walkout.length === 0) return profile;
  return {
    ...profile,
    walkout: profile.walkout.map((t) => ({ ...t, probability: protestProbability(t.probability, stakes) })),
  };
}
