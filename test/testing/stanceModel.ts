// A deliberately simple model of one delegation's stance, for model-based tests of the xstate
// stance machine. One issue; risk 0, so a draft is worth 1 - (distance from the ideal) / (ladder
// length - 1). It is a flat record and a few rules in plain words, not a state machine: the test
// checks that the machine's states, guards and actions amount to these rules.
import type { Stance } from '../../src/domain/types.js';

export interface ModelSetup {
  /** Rungs on the one issue's ladder, omit included. */
  size: number;
  ideal: number;
  min: number;
  max: number;
  hard: boolean;
  salience: number;
  reservation: number;
  patience: number;
  /** Walks out when RUS speaks, if a draw falls under this. */
  walkoutOnRus: number;
  present: boolean;
  /** The draft on the table when the delegation arrives. */
  draft: number;
}

export interface StanceModel extends ModelSetup {
  stance: Stance;
  /** Whole rungs a soft interval has widened by. */
  slack: number;
  resentful: Set<string>;
}

export function initialModel(setup: ModelSetup): StanceModel {
  return { ...setup, stance: setup.present ? 'reviewing' : 'absent', slack: 0, resentful: new Set() };
}

const gone = (m: StanceModel) => m.stance === 'absent' || m.stance === 'walkedOut';

/** Rule 1: the stance a present delegation takes on the draft on the table. */
function assess(m: StanceModel): Stance {
  const low = m.hard ? m.min : Math.max(0, m.min - m.slack);
  const high = m.hard ? m.max : Math.min(m.size - 1, m.max + m.slack);
  if (m.draft < low || m.draft > high) return m.hard ? 'blocking' : 'objecting';
  const worth = m.salience === 0 ? 1 : 1 - Math.abs(m.draft - m.ideal) / (m.size - 1);
  return worth < m.reservation ? 'seekingAmendment' : 'supporting';
}

/** Rule 2: a tabled draft is assessed. */
export function table(m: StanceModel, draft: number): void {
  if (gone(m)) return;
  m.draft = draft;
  m.stance = assess(m);
}

/** Rule 3b: a protester comes back for the text and takes a stance on the draft on the table. */
export function returned(m: StanceModel): void {
  if (m.stance === 'walkedOut') m.stance = assess(m);
}

/** Rule 3: when its trigger speaks and the draw falls under the probability, it leaves the room (until it comes back). */
export function speech(m: StanceModel, speaker: string, draw: number): void {
  if (gone(m)) return;
  if (speaker === 'RUS' && draw < m.walkoutOnRus) m.stance = 'walkedOut';
}

/**
 * Rule 4: a persuasive approach by a power it does not resent moves its ideal one rung toward the
 * power's. A soft interval follows: it reaches one rung further toward the power when the power's
 * wording lies beyond it. A hard interval never moves, and the ideal stays inside it.
 */
export function lobby(m: StanceModel, from: string, toward: number, persuaded: boolean): void {
  if (gone(m) || !persuaded || m.resentful.has(from)) return;
  if (toward !== m.ideal) {
    const up = toward > m.ideal;
    if (m.hard) {
      m.ideal = up ? Math.min(m.max, m.ideal + 1) : Math.max(m.min, m.ideal - 1);
    } else {
      m.ideal += up ? 1 : -1;
      if (up && toward > m.max) m.max++;
      if (!up && toward < m.min) m.min--;
    }
  }
  m.stance = assess(m);
}

/** Rule 5: a rebuke it resents pushes its ideal one rung away from the power, inside its interval, and it stops listening. */
export function faceLost(m: StanceModel, by: string, from: number): void {
  if (gone(m)) return;
  if (from !== m.ideal) {
    const away = from > m.ideal ? -1 : 1;
    m.ideal = Math.min(m.max, Math.max(m.min, m.ideal + away));
  }
  m.resentful.add(by);
  m.stance = assess(m);
}

/** Rule 6: at the end of a round impatience sets in: patience x elapsed of the ladder, in whole rungs. */
export function roundClosed(m: StanceModel, elapsed: number): void {
  if (gone(m)) return;
  m.slack = Math.floor(m.patience * elapsed * (m.size - 1));
  m.stance = assess(m);
}

/** Values whose products with the ladder are exact in binary floating point, and reservations no utility equals. */
export const PATIENCES = [0, 0.25, 0.5, 1] as const;
export const ELAPSED = [0, 0.25, 0.5, 1] as const;
export const RESERVATIONS = [0, 0.1, 0.3, 0.45, 0.55, 0.7, 0.9] as const;
export const DRAWS = [0, 0.3, 0.6, 0.99] as const;
export const WALKOUTS = [0, 0.5, 1] as const;
