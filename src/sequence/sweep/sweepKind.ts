// A sequence sweep as the sweep-file machinery sees it (src/analysis/sweepKind.ts): the --out
// file, its lock, --resume, shards, merge and sort work for it as for a forum's sweep.
import type { SweepKind } from '../../analysis/sweepKind.js';
import { chainLineText, type ChainLine, type SequenceSweepHeader } from './chainLine.js';
import { chainHeaderMismatch, parseChainHeader, parseChainRecord } from './chainParse.js';
import { addChain, emptyChainTally, type ChainTally } from './chainTally.js';

export const SEQUENCE_SWEEP: SweepKind<SequenceSweepHeader, ChainLine, ChainTally> = {
  parseHeader: parseChainHeader,
  parseRecord: parseChainRecord,
  mismatch: chainHeaderMismatch,
  emptyTally: emptyChainTally,
  addRecord: addChain,
  lineText: chainLineText,
};
