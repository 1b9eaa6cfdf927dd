// Closing a round: impatience sets in, fully by the last round. Soft red lines widen (less in a
// room cooled by protests), and each delegation learns what it would now cost it to be the one
// who blocks.
import { blockingCost, standingRelief } from '../../actors/pressure.js';
import { isOn } from '../mechanisms.js';
import type { ActorId } from '../../domain/types.js';
import type { Delegations } from '../delegations.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

export function closeRound(state: RunState, delegations: Delegations, log: Transcript, round: number): void {
  const { scenario, preparation } = state.forum;
  const step = preparation + round;
  const elapsed = Math.min(1, step / Math.max(1, preparation + scenario.rules.roundLimit - 1));
  const widening: Record<ActorId, number> = {};
  const pressure = pressures(state, delegations, elapsed);
  try {
    for (const id of delegations.present()) {
      const change = delegations.send(id, {
        type: 'round.closed',
        elapsed: elapsed * (1 - state.room.coolness),
        pressure: pressure[id] ?? 0,
      });
      widening[id] = delegations.context(id).widening;
      if (change.before !== change.after)
        log.add(() => ({
          type: 'stance.changed',
          actor: id,
          ...change,
          cause: 'round.closed',
          reason: `impatience after round ${round}: ${delegations.reason(id)}`,
        }));
    }
  } finally {
    // Logged after the widening it reports (even when the event cap cut it short), so a replay carries it.
    log.add(() => ({
      type: 'round.closed',
      actor: scenario.chair,
      elapsed,
      widening,
      pressure,
      reason: `impatience: soft red lines widen by patience x ${(elapsed * (1 - state.room.coolness)).toFixed(2)}`,
    }));
  }
}

/** The cost to each delegation present of being the one who blocks the current draft. */
function pressures(state: RunState, delegations: Delegations, elapsed: number): Record<ActorId, number> {
  const { stakes } = state.forum;
  const { room } = state;
  const present = delegations.present();
  const standing = isOn(state.forum.scenario, 'standing');
  const supporting = new Set(present.filter((id) => delegations.stance(id) === 'supporting'));
  const out: Record<ActorId, number> = {};
  for (const id of present) {
    const others = present.length - 1;
    const isolation = others > 0 ? (supporting.size - (supporting.has(id) ? 1 : 0)) / others : 0;
    const relief = standing ? standingRelief(delegations.context(id).profile.capability) : 1;
    out[id] =
      blockingCost({ stakes, isolation, elapsed, hostEmbarrassment: room.embarrassment }) *
      (1 - room.coolness) *
      relief;
  }
  return out;
}
