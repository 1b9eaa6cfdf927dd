// `forum-sim merge FILE...`: the summary of a sweep from the files of its shards (or of one file),
// the same summary the sweep would give run whole. Files of different sweeps are refused.
import { existsSync } from 'node:fs';
import { sortSweepFile } from '../analysis/sweepSort.js';
import { summarizeSweep } from '../analysis/sweepSummary.js';
import { lockPath, lockSweepFile } from './sweepLock.js';
import { parse } from './args.js';
import { mergeSweepFiles } from './mergeSweeps.js';
import { warnTo, type Io } from './runCommand.js';
import { printSummary } from './sweepCommand.js';
import { HELP, UsageError } from './usage.js';
import { sweepFileKind } from '../analysis/sweepKind.js';
import { summarizeChains } from '../sequence/sweep/chainSummary.js';
import { SEQUENCE_SWEEP } from '../sequence/sweep/sweepKind.js';
import { givenFor, printChainSummary } from './sequenceSweepCommand.js';

export function mergeCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('merge', argv, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    sort: { type: 'boolean' },
    given: { type: 'string', multiple: true },
  });
  if (values.help) {
    io.out(HELP.merge!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs at least one FILE (a sweep --out file)', 'merge');
  if (values.json && values.csv) throw new UsageError('--json and --csv are alternatives: give one', 'merge');
  const warn = warnTo(io);
  // --sort holds every file's lock from the first read to the last rename, so no sweep writes them meanwhile.
  const locks: Array<{ release(): void }> = [];
  try {
    for (const file of positionals) {
      if (values.sort) locks.push(lockSweepFile(file, warn));
      // A sweep still writing the file holds its lock: its runs so far are counted, and it says so.
      else if (existsSync(lockPath(file))) warn(`${file}: a sweep may still be writing it (${lockPath(file)} exists)`);
    }
    // A sequence's sweep files (the first file's header says) merge the same way, summarised as chains.
    if (sweepFileKind(positionals[0]!) === 'sequence') return mergeChains(positionals, values, io);
    if (values.given !== undefined) throw new UsageError("--given is for a sequence's sweep files", 'merge');
    // One file at a time (mergeSweeps.ts): memory does not grow with the files times their runs.
    // Every line is read and checked here, so a damaged file is refused before --sort rewrites anything.
    const { header, tally } = mergeSweepFiles(positionals, warn);
    if (values.sort) for (const file of positionals) if (sortSweepFile(file)) warn(`${file}: runs put in index order`);
    if (tally.completed < header.runs)
      warn(`these files hold ${tally.completed} of the sweep's ${header.runs} runs: a shard missing or unfinished?`);
    printSummary(io, summarizeSweep(header, tally), values.json ? 'json' : values.csv ? 'csv' : 'text');
    return 0;
  } finally {
    for (const lock of locks) lock.release();
  }
}

function mergeChains(
  files: string[],
  values: { json?: boolean; csv?: boolean; sort?: boolean; given?: string[] },
  io: Io,
) {
  if (values.csv) throw new UsageError("--csv is for a forum's sweep files; use --json for a sequence's", 'merge');
  const warn = warnTo(io);
  const { header, tally } = mergeSweepFiles(files, warn, undefined, SEQUENCE_SWEEP);
  const given = givenFor(header, values.given);
  if (values.sort) for (const file of files) if (sortSweepFile(file)) warn(`${file}: chains put in index order`);
  if (tally.completed < header.runs)
    warn(`these files hold ${tally.completed} of the sweep's ${header.runs} chains: a shard missing or unfinished?`);
  printChainSummary(io, summarizeChains(header, tally, given), Boolean(values.json));
  return 0;
}
