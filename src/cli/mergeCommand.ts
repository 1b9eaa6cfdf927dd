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

export function mergeCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('merge', argv, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    sort: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP.merge!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs at least one FILE (a sweep --out file)', 'merge');
  if (values.json && values.csv) throw new UsageError('--json and --csv are alternatives: give one', 'merge');
  for (const file of positionals) {
    if (values.sort) sortUnderLock(file, warnTo(io));
    // A sweep still writing the file holds its lock: its runs so far are counted, and it says so.
    else if (existsSync(lockPath(file)))
      warnTo(io)(`${file}: a sweep may still be writing it (${lockPath(file)} exists)`);
  }
  // One file at a time (mergeSweeps.ts): memory does not grow with the files times their runs.
  const { header, tally } = mergeSweepFiles(positionals, warnTo(io));
  if (tally.completed < header.runs)
    warnTo(io)(
      `these files hold ${tally.completed} of the sweep's ${header.runs} runs: a shard missing or unfinished?`,
    );
  printSummary(io, summarizeSweep(header, tally), values.json ? 'json' : values.csv ? 'csv' : 'text');
  return 0;
}

/** `--sort`: puts a file's runs in index order (in place, by rename), holding its lock so no sweep writes it meanwhile. */
function sortUnderLock(file: string, warn: (message: string) => void): void {
  const lock = lockSweepFile(file, warn);
  try {
    if (sortSweepFile(file)) warn(`${file}: runs put in index order`);
  } finally {
    lock.release();
  }
}
