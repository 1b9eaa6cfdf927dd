// `forum-sim sweep SEQUENCE --runs N`: N chains of the sequence's meetings on worker threads, chain
// i on seed S/i, streamed to a JSONL file (the same lock, atomic header, --resume, shards and
// merge as a forum's sweep), summarised as each meeting's odds, the joint distribution of their
// outcomes and conditional odds (`--given MEETING=EVENT`).
import type { Shard } from '../analysis/sweepLine.js';
import { loadParamsFile } from '../scenario/params.js';
import { parseSetArgs } from '../scenario/overrides.js';
import { loadSequence } from '../sequence/load.js';
import { sequenceOverrides } from '../sequence/overrides.js';
import { sequenceSweepHeader, type ChainLine, type SequenceSweepHeader } from '../sequence/sweep/chainLine.js';
import { summarizeChains, type Condition, type SequenceSweepSummary } from '../sequence/sweep/chainSummary.js';
import { runChainSweep } from '../sequence/sweep/chainSweep.js';
import type { ChainTally } from '../sequence/sweep/chainTally.js';
import { parseGiven } from '../sequence/sweep/given.js';
import { SEQUENCE_SWEEP } from '../sequence/sweep/sweepKind.js';
import { warnTo, type Io } from './runCommand.js';
import { formatChainSweep } from './sequenceSweepFormat.js';
import { EXIT_OUTPUT_ERROR } from './streams.js';
import { stopOnSignals, type SweepCommandOptions } from './sweepCommand.js';
import { finishSweepFile, stoppedEarly, writeFailed } from './sweepFinish.js';
import { SweepIoError } from './sweepIoError.js';
import type { SweepFlags } from './sweepOptions.js';
import { createSweepFile, resumeSweepFile, type SweepSink } from './sweepOutput.js';
import { sweepProgress } from './sweepProgress.js';
import { UsageError } from './usage.js';

/** Version of the `sweep SEQUENCE --json` object. */
export const SEQUENCE_SWEEP_JSON_VERSION = 1;

export interface SequenceSweepValues {
  set?: string[];
  params?: string;
  given?: string[];
  vary?: string[];
  csv?: boolean;
  'full-inputs'?: boolean;
  'csv-runs'?: string;
  report?: string;
}

/** The forum sweep's options a sequence sweep has no meaning for. */
const FORUM_ONLY = ['vary', 'csv', 'full-inputs', 'csv-runs', 'report'] as const;

export async function sequenceSweepCommand(
  ref: string,
  values: SequenceSweepValues,
  flags: SweepFlags,
  io: Io,
  options: SweepCommandOptions = {},
): Promise<number> {
  for (const option of FORUM_ONLY)
    if (values[option] !== undefined)
      throw new UsageError(`--${option} is for a forum's sweep, not a sequence's`, 'sweep');
  const sequence = loadSequence(ref);
  const args = [...paramsArgs(values.params), ...(values.set ?? [])];
  const overrides = sequenceOverrides(sequence, args);
  const given = parseGiven(
    values.given ?? [],
    sequence.meetings.map((m) => m.id),
  );
  const header = sequenceSweepHeader(sequence, { ...flags, overrides: parseSetArgs(args) });
  const start = openOut(flags, header, io);
  if (typeof start === 'number') return start;
  const controller = new AbortController();
  const signals = stopOnSignals(controller, options.signal);
  const progress = sweepProgress(io, options.progress);
  let writeError: unknown = null;
  try {
    const { tally, interrupted } = await runChainSweep(
      { header, sequence, overrides, tally: start.tally, done: start.done },
      {
        workers: flags.workers,
        signal: controller.signal,
        onLines: (lines) => {
          try {
            start.sink?.write(lines);
          } catch (error) {
            writeError ??= error;
            controller.abort();
          }
        },
        onProgress: progress?.update,
      },
    );
    progress?.clear();
    printChainSummary(io, summarizeChains(header, tally, given), flags.format === 'json', header.shard);
    if (writeError !== null) return writeFailed(io, flags.out, writeError);
    return interrupted
      ? stoppedEarly(io, flags.out, tally.completed, 'chain', signals.exitCode())
      : finishSweepFile(io, { out: flags.out, csvRuns: null });
  } finally {
    signals.release();
    start.sink?.close();
  }
}

export function printChainSummary(io: Io, summary: SequenceSweepSummary, json: boolean, shard: Shard | null = null) {
  io.out(
    json
      ? JSON.stringify({ schemaVersion: SEQUENCE_SWEEP_JSON_VERSION, ...summary }, null, 2)
      : formatChainSweep(summary, shard),
  );
}

/** The conditions of `--given` against a sweep file's meetings (for `merge`). */
export function givenFor(header: SequenceSweepHeader, given: readonly string[] | undefined): Condition[] {
  return parseGiven(
    given ?? [],
    header.meetings.map((m) => m.id),
  );
}

const paramsArgs = (file: string | undefined) =>
  file ? Object.entries(loadParamsFile(file)).map(([k, v]) => `${k}=${v}`) : [];

interface Opened {
  sink: SweepSink<ChainLine> | null;
  tally?: ChainTally;
  done?: Uint8Array;
}

function openOut(flags: SweepFlags, header: SequenceSweepHeader, io: Io): Opened | number {
  if (flags.out === null) return { sink: null };
  try {
    if (flags.resume) return resumeSweepFile(flags.out, header, warnTo(io), SEQUENCE_SWEEP);
    return { sink: createSweepFile(flags.out, header, warnTo(io), SEQUENCE_SWEEP) };
  } catch (error) {
    if (!(error instanceof SweepIoError)) throw error;
    io.err(`forum-sim: ${error.message}`);
    return EXIT_OUTPUT_ERROR;
  }
}
