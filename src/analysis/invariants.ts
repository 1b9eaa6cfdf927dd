// Invariants of a forum's outcome, as reusable predicates over a run's inputs and its result.
// Each one says when it applies (its premise) and what must then hold. The relational ones
// (determinism, order independence, monotonicity) run the engine again on related inputs; the
// engine is passed in, so a test can check a deliberately broken copy of it.
import { attribution } from './invariants/attribution.js';
import { soundness, unanimity, veto } from './invariants/consensus.js';
import type { Invariant } from './invariants/core.js';
import { insistenceKept, refusedLine } from './invariants/firmLines.js';
import { firmness } from './invariants/firmness.js';
import { monotonicity } from './invariants/monotonicity.js';
import { orderIndependence } from './invariants/order.js';
import { transcriptReplay } from './invariants/replay.js';
import { determinism, fallback, provenance, termination } from './invariants/runLevel.js';
import { voteCount } from './invariants/votes.js';

export * from './invariants/attribution.js';
export * from './invariants/consensus.js';
export * from './invariants/core.js';
export * from './invariants/firmLines.js';
export * from './invariants/firmness.js';
export * from './invariants/monotonicity.js';
export * from './invariants/order.js';
export * from './invariants/replay.js';
export * from './invariants/runLevel.js';
export * from './invariants/votes.js';

/** The invariants `forum-sim check` runs, in the order of its table. */
export const INVARIANTS: readonly Invariant[] = [
  determinism,
  termination,
  soundness,
  fallback,
  voteCount,
  orderIndependence,
  unanimity,
  veto,
  monotonicity,
  provenance,
  transcriptReplay,
  firmness,
  refusedLine,
  insistenceKept,
  attribution,
];
