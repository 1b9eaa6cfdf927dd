// `forum-sim merge FILE...`: the summary of a sweep from the files of its shards (or of one file),
// the same summary the sweep would give run whole. Files of different sweeps are refused.
import { readSweepFile, type SweepFile } from '../analysis/sweepFile.js';
import { headerMismatch } from '../analysis/sweepPlan.js';
import { summarizeSweep } from '../analysis/sweepSummary.js';
import { addTally, emptyTally } from '../analysis/sweepTally.js';
import { InputError } from '../scenario/errors.js';
import { parse } from './args.js';
import { warnTo, type Io } from './runCommand.js';
import { printSummary } from './sweepCommand.js';
import { HELP, UsageError } from './usage.js';

export function mergeCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('merge', argv, { json: { type: 'boolean' }, csv: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP.merge!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs at least one FILE (a sweep --out file)', 'merge');
  if (values.json && values.csv) throw new UsageError('--json and --csv are alternatives: give one', 'merge');
  const warn = warnTo(io);
  const files = positionals.map((file) => ({ file, read: readSweepFile(file) }));
  const [first] = files;
  const tally = emptyTally();
  const seen = new Uint8Array(first!.read.header.runs);
  for (const { file, read } of files) {
    checkSameSweep(file, read, first!.file, first!.read);
    if (read.cutOff !== null) warn(`${file}: line ${read.cutOff} was cut short (a write interrupted); ignored`);
    for (let i = 0; i < read.done.length; i++) {
      if (!read.done[i]) continue;
      if (seen[i])
        throw new InputError([
          { file, path: '', message: `run ${i} is also in an earlier file: a shard given twice?` },
        ]);
      seen[i] = 1;
    }
    addTally(tally, read.tally);
  }
  const { header } = first!.read;
  if (tally.completed < header.runs)
    warn(`these files hold ${tally.completed} of the sweep's ${header.runs} runs: a shard missing or unfinished?`);
  printSummary(io, summarizeSweep(header, tally), values.json ? 'json' : values.csv ? 'csv' : 'text');
  return 0;
}

function checkSameSweep(file: string, read: SweepFile, firstFile: string, first: SweepFile): void {
  const mismatch = headerMismatch(first.header, read.header);
  if (mismatch)
    throw new InputError([
      { file, path: '', line: 1, message: `not a part of the same sweep as ${firstFile} (${mismatch})` },
    ]);
}
