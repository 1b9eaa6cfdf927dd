// Lobbying: each power approaches each target in the room once a round, on the paragraph where
// they differ most. A persuaded target moves toward the power; a backfired approach makes the
// target resent the power, and the power loses face (its strength falls) once a round.
import type { StanceContext } from '../../actors/stanceMachine.js';
import { approachOutcome, approachStyle } from '../../actors/influence.js';
import { rungDistance, type LadderSizes } from '../../actors/utility.js';
import type { ActorId, Draft, IssueId, Lobbying } from '../../domain/types.js';
import type { Delegations } from '../delegations.js';
import { rungId } from '../ladder.js';
import type { Rng } from '../rng.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

/** Lobbying strength a power keeps after losing face in the room. */
const FACE_LOSS_STRENGTH_FACTOR = 0.5;

export function lobby(state: RunState, delegations: Delegations, log: Transcript, rng: Rng): void {
  const { scenario } = state.forum;
  for (const lobbyist of scenario.participants) {
    const lobbying = delegations.context(lobbyist).profile.lobbying;
    // Strength 0 as stated (before any draw) or as drawn: no lobbying, so no approach and no backfire.
    if (
      !lobbying ||
      !delegations.isPresent(lobbyist) ||
      lobbying.strength <= 0 ||
      scenario.profiles[lobbyist]?.lobbying?.strength === 0
    )
      continue;
    lobbyTargets(state, delegations, log, rng, lobbyist, lobbying);
  }
}

/** One power's round of approaches, its targets in sorted order. */
function lobbyTargets(
  state: RunState,
  delegations: Delegations,
  log: Transcript,
  rng: Rng,
  lobbyist: ActorId,
  lobbying: Lobbying,
): void {
  const { scenario, sizes } = state.forum;
  const rungName = (issue: IssueId, rung: number) => rungId(scenario.issues, issue, rung);
  let lostFace = false;
  const own = delegations.context(lobbyist).positions;
  for (const target of [...lobbying.targets].sort()) {
    // Targets are a power's standing list; only those in this forum's room can be approached.
    if (target === lobbyist || !delegations.has(target) || !delegations.isPresent(target)) continue;
    const targetContext = delegations.context(target);
    if (targetContext.resentful.includes(lobbyist)) continue;
    const issue = widestGap(own, targetContext, lobbying.issues, state.draft, sizes);
    if (!issue) continue;
    const toward = own[issue]!.ideal;
    // Only a mixed repertoire draws its style, so single-style runs keep their draws.
    const styleDraw = lobbying.style === 'promises-and-threats' ? rng.next() : null;
    const style = approachStyle(lobbying.style, styleDraw ?? 0);
    const backfireDraw = rng.next();
    const persuadeDraw = rng.next();
    // The room's record of the power's strength: it falls when the power loses face.
    const strength = delegations.lobbyingStrength(lobbyist) ?? 0;
    const outcome = approachOutcome(
      {
        style,
        strength,
        susceptibility: targetContext.profile.susceptibility[lobbyist] ?? 0,
        faceSensitivity: targetContext.profile.faceSensitivity,
        lobbyistIsHost: lobbyist === scenario.host,
      },
      backfireDraw,
      persuadeDraw,
    );
    const approach = {
      type: 'lobby.approach',
      actor: lobbyist,
      target,
      style,
      issue,
      toward,
      towardId: rungName(issue, toward),
      strength,
      styleDraw,
      backfireDraw,
      persuadeDraw,
      outcome,
    } as const;
    if (outcome === 'persuaded') {
      const change = delegations.send(target, {
        type: 'lobby.received',
        from: lobbyist,
        issue,
        toward,
        persuaded: true,
      });
      log.add(() => ({
        ...approach,
        moved: { ...change, position: delegations.context(target).positions[issue]! },
        reason: `${lobbyist} (${style}) on ${issue}: ${delegations.reason(target)}`,
      }));
      continue;
    }
    log.add(() => ({ ...approach, moved: null, reason: `${style} toward ${target} on ${issue}: ${outcome}` }));
    if (outcome === 'backfired') {
      // The room sees a power lose its temper once a sitting: its strength falls once a round.
      if (!lostFace) {
        lostFace = true;
        delegations.setLobbyingStrength(lobbyist, strength * FACE_LOSS_STRENGTH_FACTOR);
        log.add(() => ({
          type: 'power.lostFace',
          actor: lobbyist,
          target,
          issue,
          style,
          from: strength,
          to: strength * FACE_LOSS_STRENGTH_FACTOR,
          reason: `${style} toward ${target} on ${issue} backfired; its lobbying weakens`,
        }));
      }
      const change = delegations.send(target, { type: 'face.lost', by: lobbyist, issue, from: toward });
      log.add(() => ({
        type: 'target.resented',
        actor: target,
        ...change,
        power: lobbyist,
        issue,
        position: delegations.context(target).positions[issue]!,
        reason: `resents ${lobbyist}'s ${style}: ${delegations.reason(target)}`,
      }));
    }
  }
}

/** The issue on the table where the target stands farthest from the power, weighted by its salience. */
function widestGap(
  own: StanceContext['positions'],
  target: StanceContext,
  issues: readonly IssueId[],
  draft: Draft,
  sizes: LadderSizes,
): IssueId | undefined {
  let best: IssueId | undefined;
  let bestGap = 0;
  for (const issue of [...issues].sort()) {
    const mine = own[issue];
    const theirs = target.positions[issue];
    if (!mine || !theirs || !(issue in draft)) continue;
    const gap = theirs.salience * rungDistance(theirs, mine.ideal, sizes[issue]!);
    if (gap > bestGap) {
      bestGap = gap;
      best = issue;
    }
  }
  return best;
}
