// `forum-sim check SEQUENCE`: the sequence invariants on chain seeds, as a table; a failure names
// the chain seed to reproduce it with `forum-sim run SEQUENCE --seed SEED`.
import { checkSequence } from '../analysis/sequenceCheck.js';
import { SEQUENCE_INVARIANTS, type SequenceInvariant } from '../analysis/invariants/sequence.js';
import { safeLines, textTable } from '../present/lines.js';
import { didYouMean } from '../scenario/errors.js';
import { loadSequence } from '../sequence/load.js';
import { sequenceOverrides } from '../sequence/overrides.js';
import type { CarryFunction } from '../sequence/carry.js';
import { checkExitCode, checkSeed } from './checkCommand.js';
import type { Io } from './runCommand.js';
import { UsageError } from './usage.js';

/** A chain runs several meetings, and carry-off-alone runs each twice: fewer seeds by default. */
export const DEFAULT_SEQUENCE_CHECK_RUNS = 10;

export interface SequenceCheckValues {
  seed?: string;
  set?: string[];
  runs?: string;
  invariants?: string;
  json?: boolean;
  strict?: boolean;
}

export function checkSequenceCommand(
  ref: string,
  values: SequenceCheckValues,
  io: Io,
  options: { carry?: CarryFunction; progress?: ((text: string) => void) | null } = {},
): number {
  const sequence = loadSequence(ref);
  const overrides = sequenceOverrides(sequence, values.set ?? []);
  const runs = values.runs === undefined ? DEFAULT_SEQUENCE_CHECK_RUNS : Number(values.runs);
  const seedText = values.seed ?? '1';
  const report = checkSequence(sequence, {
    runs,
    seed: checkSeed(seedText),
    overrides,
    invariants: values.invariants !== undefined ? select(values.invariants) : SEQUENCE_INVARIANTS,
    ...(options.carry ? { carry: options.carry } : {}),
    ...(options.progress
      ? { onProgress: (id: string, n: number) => options.progress!(`checking ${id}: chain ${n}/${runs}`) }
      : {}),
  });
  if (options.progress) options.progress('');
  const strict = values.strict === true;
  if (values.json) {
    const { scenario: _scenario, seed: _seed, ...rest } = report;
    io.out(JSON.stringify({ sequence: ref, seed: seedText, strict, ...rest }, null, 2));
  } else {
    const rows = report.invariants.map((r) => [
      r.id,
      r.status === 'fail' ? 'FAIL' : r.exercised ? 'pass' : 'untested',
      String(r.cases),
      String(r.applicable),
    ]);
    const lines = [
      `forum-sim check ${ref}: ${runs} chain seed(s) per invariant, seed ${seedText}`,
      '',
      ...textTable([['INVARIANT', 'RESULT', 'CHAINS', 'PREMISE HELD'], ...rows], (c) => c > 1),
    ];
    for (const r of report.invariants.filter((i) => i.status === 'fail'))
      lines.push(
        '',
        `${r.id} FAILED: ${r.title}`,
        `  ${r.counterexample!.message}`,
        '  Reproduce with:',
        `    forum-sim run ${ref} --seed ${r.counterexample!.seed}`,
      );
    const failed = report.invariants.filter((r) => r.status === 'fail').length;
    lines.push(
      '',
      failed > 0
        ? `${failed} of ${rows.length} invariant(s) failed.`
        : `${rows.length - report.notExercised.length} of ${rows.length} invariant(s) hold on ${runs} chain seed(s) each.`,
    );
    if (report.notExercised.length > 0)
      lines.push(`Not exercised (the premise held on no chain): ${report.notExercised.join(', ')}.`);
    io.out(safeLines(lines));
  }
  return checkExitCode(report, strict);
}

function select(list: string): SequenceInvariant[] {
  const ids = SEQUENCE_INVARIANTS.map((i) => i.id);
  const names = [
    ...new Set(
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length === 0) throw new UsageError('--invariants needs at least one name', 'check');
  return names.map((name) => {
    const found = SEQUENCE_INVARIANTS.find((i) => i.id === name);
    if (!found)
      throw new UsageError(
        `unknown sequence invariant "${name}"; expected one of ${ids.join(', ')}${didYouMean(name, ids)}`,
        'check',
      );
    return found;
  });
}
