// Pure rules for how lobbying and face loss move a delegation's positions.
import type { ApproachStyle, IssueId, LobbyStyle, Position, Rung } from '../domain/types.js';

/** How hard each style pushes, and how likely it is to backfire on a face-sensitive target. */
export const STYLE_EFFECT: Record<ApproachStyle, { push: number; backfire: number }> = {
  promises: { push: 1, backfire: 0.1 },
  threats: { push: 1.2, backfire: 0.5 },
  appeals: { push: 0.6, backfire: 0 },
};

/** A threat made away from home stings more ("especially in someone else's country"). */
export const AWAY_FROM_HOME_FACTOR = 1.5;

/** The style of one approach: a mixed repertoire picks promise or threat with a draw. */
export function approachStyle(style: LobbyStyle, draw: number): ApproachStyle {
  if (style !== 'promises-and-threats') return style;
  return draw < 0.5 ? 'threats' : 'promises';
}

export interface Approach {
  style: ApproachStyle;
  strength: number;
  susceptibility: number;
  faceSensitivity: number;
  lobbyistIsHost: boolean;
}

export type ApproachOutcome = 'persuaded' | 'backfired' | 'unmoved';

/** Two uniform draws decide one approach: the first whether it backfires, the second whether it moves. */
export function approachOutcome(a: Approach, backfireDraw: number, persuadeDraw: number): ApproachOutcome {
  const away = a.lobbyistIsHost ? 1 : AWAY_FROM_HOME_FACTOR;
  const effect = STYLE_EFFECT[a.style];
  if (backfireDraw < Math.min(1, a.faceSensitivity * effect.backfire * away)) return 'backfired';
  if (persuadeDraw < Math.min(1, a.strength * a.susceptibility * effect.push)) return 'persuaded';
  return 'unmoved';
}

/** One rung toward the lobbyist's ideal; a soft interval stretches to keep the new ideal inside. */
export function moveToward(
  positions: Record<IssueId, Position>,
  issue: IssueId,
  toward: Rung,
): Record<IssueId, Position> {
  const position = positions[issue];
  if (!position || position.ideal === toward) return positions;
  const step = toward > position.ideal ? 1 : -1;
  let { ideal, min, max } = position;
  if (position.hard) {
    ideal = Math.min(max, Math.max(min, ideal + step));
  } else {
    ideal += step;
    if (step > 0 && toward > max) max += 1;
    if (step < 0 && toward < min) min -= 1;
    min = Math.min(min, ideal);
    max = Math.max(max, ideal);
  }
  return { ...positions, [issue]: { ...position, ideal, min, max } };
}

/** Resentment after losing face: the ideal steps one rung away from the lobbyist, within the interval. */
export function moveAway(positions: Record<IssueId, Position>, issue: IssueId, from: Rung): Record<IssueId, Position> {
  const position = positions[issue];
  if (!position || position.ideal === from) return positions;
  const step = from > position.ideal ? -1 : 1;
  const ideal = Math.min(position.max, Math.max(position.min, position.ideal + step));
  return { ...positions, [issue]: { ...position, ideal } };
}
