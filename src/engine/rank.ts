// A delegation headed below the forum's level (a deputy at a ministerial, an official standing in
// for a minister). Two effects, both through mechanisms the model already has (PRACTICE.md): the
// weight of its lobbying (a deputy cannot promise or threaten what only a minister can deliver),
// and the face it has at stake (a walkout by a deputy costs its government less face, so the
// meeting's stakes restrain it less). Its red lines are its capital's instructions, whoever reads
// them out, so the cost of blocking is not changed. The weights are assumed. A principal (the
// default) leaves the profile exactly as it was, so a forum without `rank` runs as before.
import type { Level, Profile, Rank } from '../domain/types.js';

/** The weight of a delegation's lobbying and of its face, by steps below the forum's level (assumed). */
export const RANK_WEIGHT: readonly number[] = [1, 0.7, 0.5];

/**
 * Steps below the forum's level: a deputy is one; a senior official two, except at an officials'
 * meeting, where officials are the principals.
 */
export function stepsBelow(rank: Rank, level: Level): number {
  if (rank === 'principal') return 0;
  if (rank === 'deputy') return 1;
  return level === 'officials' ? 0 : 2;
}

/** The weight of a delegation of this rank at a forum of this level: 1 for a principal. */
export const rankWeight = (rank: Rank | undefined, level: Level): number =>
  RANK_WEIGHT[stepsBelow(rank ?? 'principal', level)]!;

/** The profile with its lobbying strength scaled by its rank's weight (the same profile at weight 1). */
export function atRank(profile: Profile, weight: number): Profile {
  if (weight === 1 || !profile.lobbying) return profile;
  return { ...profile, lobbying: { ...profile.lobbying, strength: profile.lobbying.strength * weight } };
}
