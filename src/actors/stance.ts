// Reading a stance actor's snapshot: stance through tags, and a plain-words reason for it.
import type { SnapshotFrom } from 'xstate';
import { STANCES, type Stance } from '../domain/types.js';
import { breaches, draftUtility } from './utility.js';
import type { StanceContext, stanceMachine } from './stanceMachine.js';

export type StanceSnapshot = SnapshotFrom<typeof stanceMachine>;

/** The stance a snapshot's tag names. Throws on a state without one: a machine bug, not a stance. */
export function stanceOf(snapshot: StanceSnapshot): Stance {
  // A resting state carries one tag, its stance: read it rather than asking for each stance in turn.
  let stance: Stance | undefined;
  for (const tag of snapshot.tags) if ((STANCES as readonly string[]).includes(tag)) stance ??= tag as Stance;
  if (stance === undefined)
    throw new Error(
      `stance machine state ${JSON.stringify(snapshot.value)} has no stance tag (expected one of ${STANCES.join(', ')})`,
    );
  return stance;
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
