// `forum-sim compare SEQUENCE --against [MEETING:]PATH=VALUE ... --runs N`: a paired what-if across
// a chain of meetings, e.g. the West walking out on Russia at ASEAN-Russia or not, and how far each
// later meeting's odds move. Arm A is the sequence with --params and --set; arm B is A with
// --against on top; chain i of both runs on seed S/i. Ctrl-C reports the pairs done (130).
import { parseSetArgs } from '../scenario/overrides.js';
import { loadParamsFile } from '../scenario/params.js';
import { safeText } from '../present/safeText.js';
import { loadSequence } from '../sequence/load.js';
import { sequenceOverrides } from '../sequence/overrides.js';
import { compareChains, type ChainComparison } from '../sequence/sweep/chainCompare.js';
import { sequenceHash } from '../sequence/sweep/chainLine.js';
import { VERSION } from '../version.js';
import { eventRow } from './compareFormat.js';
import type { Io } from './runCommand.js';
import { stopOnSignals, type SweepCommandOptions } from './sweepCommand.js';
import { sweepProgress } from './sweepProgress.js';
import { UsageError } from './usage.js';

export interface SequenceCompareValues {
  set?: string[];
  params?: string;
  against?: string[];
  seed?: string;
  json?: boolean;
  csv?: string;
  report?: string;
}

export async function sequenceCompareCommand(
  ref: string,
  values: SequenceCompareValues,
  settings: { runs: number; workers: number },
  io: Io,
  options: SweepCommandOptions = {},
): Promise<number> {
  for (const option of ['csv', 'report'] as const)
    if (values[option] !== undefined)
      throw new UsageError(`--${option} is for a forum's compare; use --json with a sequence`, 'compare');
  const sequence = loadSequence(ref);
  const fromFile = values.params ? Object.entries(loadParamsFile(values.params)).map(([k, v]) => `${k}=${v}`) : [];
  const argsA = [...fromFile, ...(values.set ?? [])];
  const against = values.against ?? [];
  // B's changes are checked on their own first, so an error names --against rather than --set.
  sequenceOverrides(sequence, against, '--against');
  const plan = {
    sequence,
    a: sequenceOverrides(sequence, argsA),
    b: sequenceOverrides(sequence, [...argsA, ...against]),
    runs: settings.runs,
    masterSeed: values.seed ?? '1',
  };
  const stamp = {
    sequence: sequence.id,
    sequenceHash: sequenceHash(sequence),
    version: VERSION,
    seed: plan.masterSeed,
    runs: plan.runs,
    overrides: { a: parseSetArgs(argsA), b: parseSetArgs([...argsA, ...against]) },
    against: parseSetArgs(against, '--against'),
  };
  const controller = new AbortController();
  const signals = stopOnSignals(controller, options.signal);
  const progress = sweepProgress(io, options.progress, Date.now, 'compare');
  try {
    const result = await compareChains(plan, {
      workers: settings.workers,
      signal: controller.signal,
      onProgress: progress?.update,
    });
    progress?.clear();
    io.out(values.json ? JSON.stringify({ ...stamp, ...result }, null, 2) : formatChainCompare(result, stamp));
    if (!result.interrupted) return 0;
    io.err(`forum-sim: interrupted after ${result.pairs} of ${plan.runs} chains: the report above counts those`);
    return signals.exitCode();
  } finally {
    signals.release();
  }
}

const listed = (o: Record<string, string>) =>
  Object.keys(o).length === 0
    ? 'the sequence as given'
    : Object.entries(o)
        .map(([path, value]) => safeText(`${path}=${value}`))
        .join(', ');

export function formatChainCompare(
  c: ChainComparison,
  stamp: { sequence: string; seed: string; overrides: { a: Record<string, string> }; against: Record<string, string> },
): string {
  const lines = [
    `Paired what-if on ${safeText(stamp.sequence)}: ${c.pairs} chain(s) (${safeText(stamp.seed)}/0 .. ${safeText(stamp.seed)}/${Math.max(0, c.runs - 1)}), each under A and under B`,
    `  A: ${listed(stamp.overrides.a)}`,
    `  B: ${Object.keys(stamp.overrides.a).length ? 'A with ' : ''}${listed(stamp.against)}`,
  ];
  c.meetings.forEach((m, k) => {
    lines.push(
      '',
      `${k + 1}. ${safeText(m.id)}: product changed on ${m.changed} of ${m.pairs} chains`,
      '  event                  A       B   B - A  95% interval     gained   lost',
      ...m.events.map(eventRow),
      eventRow({ ...m.walkout, event: 'a walkout' as never }),
    );
  });
  lines.push(
    '',
    'B - A in points with its paired 95% interval (Newcombe); gained/lost: chains on which the event',
    'happened under B but not A, and under A but not B. A change at one meeting moves the later ones',
    'only through what carries over.',
  );
  return lines.join('\n');
}
