// The UI's sweep: many runs of the open forum on seeds derived from the UI's seed, without the edits
// and (when there are edits) with them on the same seeds. The runs go to worker threads through
// one pool in chunks, so the screen keeps drawing and the bars fill in as chunks finish. Cancelling
// aborts the pool, which terminates its workers: quitting never waits for runs under way.
import { defaultWorkers, openPool, streamJobs, type Batch } from '../analysis/runPool.js';
import type { RunSummary } from '../analysis/runSummary.js';
import { reportedOutcomes } from '../analysis/reportedOutcomes.js';
import { CONSENSUS_TEXT, happened, type EventFacts, type ReportedEvent } from '../analysis/consensusText.js';
import { proportion } from '../analysis/stats.js';
import type { Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import type { Overrides } from './session.js';

/** Runs per series when the sweep key is pressed: enough for intervals about +-4 points wide. */
export const SWEEP_RUNS = 500;
/** Runs per batch a worker takes, and seeds per chunk between which a sweep can stop. */
const BATCH_RUNS = 25;
export const CHUNK_SEEDS = 100;

export type Series = 'baseline' | 'edited';

export interface SweepRequest {
  /** The forum shown, handed to the workers as data (they never read its file). */
  scenario: Scenario;
  /** The UI's edits; none means a single (baseline) series. */
  overrides: Overrides;
  /** Run i's seed is deriveSeed(master, i), on both series. */
  master: string;
  runs: number;
  /** Worker threads (default: one per core); 1 runs in this thread between frames. */
  workers?: number;
  chunkSeeds?: number;
}

export interface SweepState {
  /** Seeds finished on every series: the runs the bars count. */
  seedsDone: number;
  /** Runs finished over all series, for the progress bar (batches finish before their chunk does). */
  runsDone: number;
  runsTotal: number;
  /**
   * Counts per series over the first seedsDone seeds, of each outcome and of `consensus-text`
   * (which overlaps them); `edited` is null without edits.
   */
  counts: { baseline: Partial<Record<ReportedEvent, number>>; edited: Partial<Record<ReportedEvent, number>> | null };
  /**
   * Seeds on which the edits changed the outcome or whether a text was agreed (0 without edits):
   * what the shares alone cannot tell.
   */
  changed: number;
  finished: boolean;
  error: string | null;
}

export interface OutcomeShare {
  outcome: ReportedEvent;
  runs: number;
  of: number;
  p: number;
  lo: number;
  hi: number;
}

export function seriesOf(overrides: Overrides): Series[] {
  return Object.keys(overrides).length > 0 ? ['edited', 'baseline'] : ['baseline'];
}

/** The batches of one chunk: seeds [from, to) for each series, the same seeds on both. */
export function chunkBatches(request: SweepRequest, from: number, to: number): { series: Series; batch: Batch }[] {
  const out: { series: Series; batch: Batch }[] = [];
  for (const series of seriesOf(request.overrides)) {
    const overrides = series === 'edited' ? request.overrides : {};
    for (let start = from; start < to; start += BATCH_RUNS) {
      const seeds = Array.from({ length: Math.min(BATCH_RUNS, to - start) }, (_, i) =>
        deriveSeed(request.master, start + i),
      );
      out.push({ series, batch: { scenario: request.scenario, overrides, seeds } });
    }
  }
  return out;
}

export function initialState(request: SweepRequest): SweepState {
  const edited = seriesOf(request.overrides).includes('edited');
  return {
    seedsDone: 0,
    runsDone: 0,
    runsTotal: request.runs * (edited ? 2 : 1),
    counts: { baseline: {}, edited: edited ? {} : null },
    changed: 0,
    finished: request.runs === 0,
    error: null,
  };
}

/** The state once a chunk's summaries (in the order of its batches) are counted. */
export function addChunk(
  state: SweepState,
  batches: readonly { series: Series }[],
  results: readonly RunSummary[][],
): SweepState {
  const counts = { baseline: { ...state.counts.baseline }, edited: state.counts.edited && { ...state.counts.edited } };
  const runs: Record<Series, EventFacts[]> = { baseline: [], edited: [] };
  results.forEach((summaries, i) => {
    const series = batches[i]!.series;
    const tally = counts[series]!;
    for (const run of summaries) {
      tally[run.outcome] = (tally[run.outcome] ?? 0) + 1;
      if (happened(run, CONSENSUS_TEXT)) tally[CONSENSUS_TEXT] = (tally[CONSENSUS_TEXT] ?? 0) + 1;
      runs[series].push(run);
    }
  });
  // Both series ran the chunk's seeds in the same order, so the i-th runs are one seed's pair.
  const changed = runs.edited.filter((run, i) => {
    const before = runs.baseline[i]!;
    return run.outcome !== before.outcome || run.consensusText !== before.consensusText;
  }).length;
  return {
    ...state,
    counts,
    changed: state.changed + changed,
    seedsDone: state.seedsDone + runs.baseline.length,
  };
}

/** The outcomes a forum's rule can end with, then any other one the runs produced, then `consensus-text`. */
export function outcomeKinds(scenario: Scenario, counts: SweepState['counts']): ReportedEvent[] {
  const products = reportedOutcomes(
    scenario.rules.decisionRule,
    (k) => (counts.baseline[k] ?? 0) + (counts.edited?.[k] ?? 0) > 0,
  );
  return [...products, CONSENSUS_TEXT];
}

/** Each outcome's share of `of` runs with its 95% Wilson interval. */
export function outcomeShares(
  kinds: readonly ReportedEvent[],
  counts: Partial<Record<ReportedEvent, number>>,
  of: number,
): OutcomeShare[] {
  return kinds.map((outcome) => {
    const runs = counts[outcome] ?? 0;
    return { outcome, runs, of, ...proportion(runs, of) };
  });
}

export interface SweepHandle {
  /** Stops now (the workers are terminated); no update is reported after this. */
  cancel(): void;
  /** Settles once the last chunk this sweep started has finished (even when cancelled). */
  done: Promise<void>;
}

/** One sweep at a time: a new one starts once a cancelled one has stopped its workers. */
let previous: Promise<void> = Promise.resolve();

export function startSweep(request: SweepRequest, onUpdate: (state: SweepState) => void): SweepHandle {
  const stop = new AbortController();
  const report = (state: SweepState) => {
    if (!stop.signal.aborted) onUpdate(state);
  };
  const done = previous.then(() => runChunks(request, report, stop.signal));
  // A sweep whose listener threw must not hold up the next one.
  previous = done.catch(() => undefined);
  return { cancel: () => stop.abort(), done };
}

async function runChunks(
  request: SweepRequest,
  report: (state: SweepState) => void,
  signal: AbortSignal,
): Promise<void> {
  // One pool for the whole sweep: a fresh thread spends its first second or so warming up, which
  // each chunk would pay again with a pool of its own. One worker runs in this thread, between frames.
  const workers = request.workers ?? defaultWorkers();
  const pool = workers > 1 ? openPool(workers) : null;
  const stream: ChunkStream = (batches, options) =>
    pool ? pool.stream(batches, options) : streamJobs(batches, { ...options, workers: 1 });
  try {
    await runChunksOn(stream, request, report, signal);
  } finally {
    await pool?.close();
  }
}

type ChunkStream = (
  batches: Batch[],
  options: { signal: AbortSignal; onResult: (index: number, summaries: RunSummary[]) => void },
) => Promise<void>;

async function runChunksOn(
  stream: ChunkStream,
  request: SweepRequest,
  report: (state: SweepState) => void,
  signal: AbortSignal,
): Promise<void> {
  let state = initialState(request);
  report(state);
  const chunk = request.chunkSeeds ?? CHUNK_SEEDS;
  for (let from = 0; from < request.runs && !signal.aborted; from += chunk) {
    const parts = chunkBatches(request, from, Math.min(request.runs, from + chunk));
    const results: RunSummary[][] = new Array(parts.length);
    try {
      await stream(
        parts.map((p) => p.batch),
        {
          signal,
          onResult: (index, summaries) => {
            results[index] = summaries;
            report((state = { ...state, runsDone: state.runsDone + summaries.length }));
          },
        },
      );
      if (signal.aborted) return;
      state = addChunk(state, parts, results);
    } catch (error) {
      report({ ...state, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    report({ ...state, finished: state.seedsDone >= request.runs });
  }
}
