import type { ActorId, SpeakingOrder } from '../domain/types.js';
import type { Rng } from './rng.js';

/** Who takes the floor in what order; `participants` is already in canonical (sorted) order. */
export function speakingOrder(
  order: SpeakingOrder,
  participants: readonly ActorId[],
  host: ActorId,
  rng: Rng,
): ActorId[] {
  switch (order) {
    case 'alphabetical':
      return [...participants];
    case 'shuffle':
      return rng.shuffle(participants);
    case 'host-first':
      return [host, ...participants.filter((id) => id !== host)];
  }
}
