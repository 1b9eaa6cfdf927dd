// How a delegation votes, from its stance AND why it holds it (model v3, "abstention"). A blocking
// delegation votes no only against a text that crosses a line it refuses, and abstains when it
// blocks for a text too weak for it, or when it is cross-pressured (below). PRACTICE.md:
// abstention is a real choice; many ASEAN members abstained on the harsher 2022 texts.
import { heldRedLines, type Standing } from '../actors/acceptance.js';
import { effectiveReservation } from '../actors/pressure.js';
import { draftUtility, type Breach, type LadderSizes } from '../actors/utility.js';
import type { ActorId, Draft, Stance, Vote } from '../domain/types.js';
import { voteOf } from './votes.js';

export interface VoteInput {
  stance: Stance;
  standing: Standing;
  /** The text put to the vote. */
  draft: Draft;
  sizes: LadderSizes;
  /** Delegations present that it boycotts under a boycott that holds. */
  boycotted: readonly ActorId[];
}

export interface VoteChoice {
  vote: Vote;
  /** Why, in words, for a blocking delegation (whose vote the choice decides); null otherwise. */
  because: string | null;
}

/** Names a paragraph's wording for reasons (the rung's id); the bare index when none is given. */
export type RungName = (issue: string, rung: number) => string;

/**
 * A held red line the text crosses from above: the wording is stronger than the delegation's
 * ceiling (`max`), which it refuses. A crossing from below (rung < min) is its insistence on more.
 */
export function isRefusal(standing: Standing, breach: Breach): boolean {
  const position = standing.positions[breach.issue];
  return position !== undefined && breach.rung > position.max;
}

/**
 * Cross-pressured (assumed; PRACTICE.md: abstention is a real choice): it shares the text's aim and
 * objects to its wording. Precisely: the text says something it cares about (a paragraph above
 * `omit`, salience > 0) that it does not refuse, and the text is worth at least the reservation it
 * holds out for under this pressure (the signing test, acceptance.ts `belowReservation`) with the
 * refused paragraphs counted as worth nothing to it. They keep their salience weight rather than
 * being left out, so a minor paragraph it likes does not outweigh a salient one it refuses, and a
 * line it stops refusing (widened, or yielded under more pressure) can only add to the worth.
 */
export function crossPressured(standing: Standing, draft: Draft, sizes: LadderSizes, refused: Breach[]): boolean {
  const { positions } = standing;
  const isRefused = (issue: string) => refused.some((b) => b.issue === issue);
  const rest: Draft = Object.fromEntries(Object.entries(draft).filter(([issue]) => !isRefused(issue)));
  const aimShared = Object.entries(rest).some(([issue, rung]) => rung > 0 && (positions[issue]?.salience ?? 0) > 0);
  if (!aimShared) return false;
  // draftUtility's salience-weighted mean over the rest, re-weighted over the whole text (refused at 0).
  const weight = (d: Draft) =>
    Object.keys(d).reduce((sum, issue) => sum + Math.max(0, positions[issue]?.salience ?? 0), 0);
  const worth =
    (draftUtility(positions, rest, sizes, standing.risk, standing.attribution) * weight(rest)) / weight(draft);
  return worth >= effectiveReservation(standing.reservation, standing.pressure);
}

const at = (breaches: readonly Breach[], name: RungName) =>
  breaches.map((b) => `${b.issue} at ${name(b.issue, b.rung)}`).join(', ');

/**
 * The vote: supporting yes, out of the room absent, reviewing, seeking amendment or objecting
 * abstain (as voteOf). Blocking: no for a holding boycott of a delegation present or for a
 * refused line the text crosses, unless cross-pressured; abstain when it blocks only for a text
 * too weak for it (it shares the aim and wants more).
 */
export function voteChoice(input: VoteInput, name: RungName = (_issue, rung) => String(rung)): VoteChoice {
  const { stance, standing, draft, sizes, boycotted } = input;
  if (stance !== 'blocking') return { vote: voteOf(stance), because: null };
  if (boycotted.length > 0) return { vote: 'no', because: `votes no: will not vote alongside ${boycotted.join(', ')}` };
  const held = heldRedLines(standing, draft, sizes);
  const refused = held.filter((b) => isRefusal(standing, b));
  if (refused.length === 0) {
    const because =
      held.length > 0
        ? `abstains: the text is too weak for it on ${at(held, name)} but it shares the text's aim`
        : 'abstains: the text crosses no line it refuses';
    return { vote: 'abstain', because };
  }
  if (crossPressured(standing, draft, sizes, refused))
    return {
      vote: 'abstain',
      because: `abstains: crosses its refused line on ${at(refused, name)} but shares the text's aim`,
    };
  return { vote: 'no', because: `votes no: the text crosses its refused line on ${at(refused, name)}` };
}
