// A slice of a sequence sweep's chains: the unit of work a worker thread takes. It carries the
// sequence as data (every meeting's forum parsed once on the main thread, never a path), so an
// edit to a file while chains are under way changes none of them.
import type { SequenceOverrides } from '../overrides.js';
import type { Sequence } from '../types.js';
import { chainLine, type ChainLine } from './chainLine.js';

export interface ChainSlice {
  kind: 'sequence';
  sequence: Sequence;
  overrides: SequenceOverrides;
  /** Master seed: chain i runs on seed/i, its meeting k on seed/i/k. */
  seed: string;
  /** Chain indices, ascending. */
  runs: number[];
}

export function runChainSlice(slice: ChainSlice): ChainLine[] {
  return slice.runs.map((index) => chainLine(slice.sequence, slice.overrides, slice.seed, index));
}
