// The sequence view's door to the simulator: the chain as `forum-sim run SEQUENCE` runs it.
import { runSequence } from '../sequence/chain.js';
import type { Sequence, SequenceRun } from '../sequence/types.js';

/** The chain for a seed, every meeting with its transcript (runSequence keeps them for replay). */
export function playSequence(sequence: Sequence, seed: string): SequenceRun {
  return runSequence(sequence, { seed });
}
