// Statements: delegations speak in speaking order; a listener with a walkout trigger on the
// speaker may leave in protest (one draw each), which embarrasses the host and cools the room.
// Protesters come back for the text.
import type { Delegations } from '../delegations.js';
import { protested } from '../protest.js';
import type { Rng } from '../rng.js';
import { speakingOrder } from '../speakingOrder.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

export function hearStatements(state: RunState, delegations: Delegations, log: Transcript, rng: Rng): void {
  const { scenario } = state.forum;
  for (const speaker of speakingOrder(scenario.rules.speakingOrder, scenario.participants, scenario.host, rng)) {
    if (!delegations.isPresent(speaker)) continue;
    log.add(() => ({
      type: 'speech.made',
      actor: speaker,
      stance: delegations.stance(speaker),
      reason: delegations.reason(speaker),
    }));
    for (const listener of delegations.listenersOf(speaker)) {
      if (!delegations.isPresent(listener)) continue;
      const draw = rng.next();
      const change = delegations.send(listener, { type: 'speech.made', speaker, draw });
      if (change.before === change.after) continue;
      state.room = protested(state.room);
      log.add(() => ({
        type: 'walkout',
        actor: listener,
        ...change,
        speaker,
        draw,
        ...state.room,
        reason: `protest while ${speaker} spoke: ${delegations.reason(listener)}`,
      }));
    }
  }
  for (const id of scenario.participants) {
    if (delegations.stance(id) !== 'walkedOut') continue;
    const change = delegations.send(id, { type: 'delegation.returned' });
    log.add(() => ({
      type: 'delegation.returned',
      actor: id,
      ...change,
      reason: `back for the text: ${delegations.reason(id)}`,
    }));
  }
}
