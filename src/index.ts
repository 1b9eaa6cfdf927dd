// forum-sim: the engine API. Load a forum (a built-in id such as 'arf-2022', or a path to a YAML
// file), change it with --set style overrides, run it, and score forecasts against real outcomes.
//
//   import { loadScenario, runScenario } from 'forum-sim';
//   const result = runScenario(loadScenario('arf-2022'), { seed: '7' });
//
// Arbitraries and invariants for property tests live in 'forum-sim/testing'.
export { loadScenario, scenarioPath, builtinScenarioIds, BUILTIN_DIR } from './scenario/loader.js';
export { runScenario, DEFAULT_MAX_EVENTS, type RunOptions } from './engine/run.js';
export { applyOverrides, parseSetArgs, type Overrides } from './scenario/overrides.js';
export {
  backtest,
  overridesFor,
  SMOOTHING_NOTE,
  type BacktestCase,
  type BacktestReport,
  type CaseReport,
  type HalfScore,
  type OutcomeShare,
  type Score,
  type Totals,
} from './analysis/backtest.js';
export type { PoolOptions } from './analysis/runPool.js';
export {
  runSensitivity,
  sensitivityBatches,
  sensitivityReport,
  type Estimate,
  type SensitivityPlan,
  type SensitivityReport,
  type Swing,
} from './analysis/sensitivity.js';
export {
  swungParameters,
  pinned,
  SWING_ENDS,
  type SwingEnds,
  type SwungParameter,
} from './analysis/sensitivityParameters.js';
export type { RunSummary } from './analysis/runSummary.js';
export {
  comparePaired,
  type PairedComparison,
  type PairedPlan,
  type PairedRunOptions,
} from './analysis/comparePaired.js';
export { type PairedEvent, type PairedReport, type Transition } from './analysis/pairedReport.js';
export { pairedDifference, type PairedDifference, type PairedTable } from './analysis/pairedInterval.js';
export {
  CONSENSUS_TEXT,
  REPORTED_EVENTS,
  adoptedText,
  consensusAdopted,
  happened,
  type EventFacts,
  type ReportedEvent,
} from './analysis/consensusText.js';
export { runSweep, type SweepJob, type SweepRunOptions, type SweepOutcome } from './analysis/sweepRun.js';
export { sweepHeader, shardRange, headerMismatch, type SweepSettings } from './analysis/sweepPlan.js';
export { summarizeSweep, type SweepSummary } from './analysis/sweepSummary.js';
export { emptyTally, addRecord, addTally, type SweepTally } from './analysis/sweepTally.js';
export { readSweepFile, type SweepFile } from './analysis/sweepFile.js';
export {
  sweepRecord,
  type SweepHeader,
  type SweepRecord,
  type RunRecord,
  type ErrorRecord,
  type Shard,
} from './analysis/sweepLine.js';
export { InputError, formatProblem, type Problem } from './scenario/errors.js';
export { VERSION } from './version.js';
export * from './domain/types.js';
export { isNoiseSwing } from './analysis/swingNoise.js';
export {
  designPoints,
  pointCount,
  pointOf,
  DESIGN_KINDS,
  type Design,
  type DesignKind,
} from './analysis/design/design.js';
export { parseFactor, factorValue, factorialValues, type Factor } from './analysis/design/factors.js';
export { latinHypercube } from './analysis/design/lhs.js';
export { fullFactorial } from './analysis/design/factorial.js';
export { saltelliSample, saltelliRole, saltelliPoints, type SaltelliRole } from './analysis/design/saltelli.js';
export {
  sobolEstimate,
  sobolIndices,
  type SaltelliOutputs,
  type SobolEstimate,
  type SobolIndex,
} from './analysis/design/sobolIndices.js';
export { sobolAnalysis, type SobolAnalysis, type SobolOptions } from './analysis/design/sobolFile.js';
export { sobolChart, sobolSection, type SobolChart } from './analysis/design/sobolChart.js';
export { runSeed, DESIGN_SWEEP_FORMAT } from './analysis/sweepLine.js';
// Meeting sequences (issue 21): a chain of forums with carry-over between them.
export { loadSequence, builtinSequenceIds, sequenceFile } from './sequence/load.js';
export { runSequence, meetingSeed, type SequenceRunOptions } from './sequence/chain.js';
export { carryOver, type CarryFunction } from './sequence/carry.js';
export { sequenceOverrides, type SequenceOverrides } from './sequence/overrides.js';
export {
  applySequenceEvent,
  replaySequence,
  sequenceEvents,
  type SequenceEvent,
  type SequenceReplayState,
} from './sequence/events.js';
export type * from './sequence/types.js';
// Sweeping a sequence (chains on the worker pool), its file kind, summary and paired what-if.
export { runChainSweep } from './sequence/sweep/chainSweep.js';
export { SEQUENCE_SWEEP } from './sequence/sweep/sweepKind.js';
export { summarizeChains, type SequenceSweepSummary, type Condition } from './sequence/sweep/chainSummary.js';
export { compareChains, type ChainComparison } from './sequence/sweep/chainCompare.js';
export type { ChainLine, SequenceSweepHeader } from './sequence/sweep/chainLine.js';
