// Reading a stance actor's snapshot: stance through tags, and a plain-words reason for it.
import type { SnapshotFrom } from 'xstate';
import { STANCES, type Stance } from '../domain/types.js';
import { breaches, draftUtility } from './utility.js';
import type { StanceContext, stanceMachine } from './stanceMachine.js';

export type StanceSnapshot = SnapshotFrom<typeof stanceMachine>;

export function stanceOf(snapshot: StanceSnapshot): Stance {
  return STANCES.find((stance) => snapshot.hasTag(stance)) ?? 'reviewing';
}

export function explainStance(
  stance: Stance,
  context: StanceContext,
  rungName: (issue: string, rung: number) => string,
): string {
  const found = breaches(context.positions, context.draft, context.sizes, context.widening);
  const utility = draftUtility(context.positions, context.draft, context.sizes, context.profile.risk);
  const list = (hard: boolean) =>
    found
      .filter((b) => b.hard === hard || !hard)
      .map((b) => `${b.issue} at ${rungName(b.issue, b.rung)}`)
      .join(', ');
  switch (stance) {
    case 'blocking':
      return `red line crossed: ${found
        .filter((b) => b.hard)
        .map((b) => `${b.issue} at ${rungName(b.issue, b.rung)}`)
        .join(', ')}`;
    case 'objecting':
      return `cannot accept ${list(false)}`;
    case 'seekingAmendment':
      return `acceptable wording, but worth ${utility.toFixed(2)} < reservation ${context.profile.reservation.toFixed(2)}`;
    case 'supporting':
      return `worth ${utility.toFixed(2)} >= reservation ${context.profile.reservation.toFixed(2)}`;
    case 'walkedOut':
      return context.walkedOutBecause
        ? `left the room when ${context.walkedOutBecause} took the floor`
        : 'left the room';
    case 'absent':
      return 'not attending';
    case 'reviewing':
      return 'studying the draft';
  }
}
