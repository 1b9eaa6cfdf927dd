// Sobol indices of a sobol design's runs, read from its sweep file or the files of its shards
// (checked and folded one line at a time as `merge` does): P(outcome) at each point over its runs,
// then the Saltelli/Jansen estimators over the base rows whose every point has a run.
import { mergeSweepFiles } from '../../cli/mergeSweeps.js';
import { CONSENSUS_TEXT, happenedInLine, type ReportedEvent } from '../consensusText.js';
import { isError, type SweepHeader } from '../sweepLine.js';
import { InputError } from '../../scenario/errors.js';
import { pointOf } from './design.js';
import { saltelliRole } from './saltelli.js';
import { sobolIndices, type SaltelliOutputs, type SobolIndex } from './sobolIndices.js';

export const DEFAULT_BOOTSTRAP = 1000;

export interface SobolOptions {
  /** The event whose probability at a point is the output (default consensus-text). */
  outcome?: ReportedEvent;
  /** Bootstrap resamples for the intervals (default 1000). */
  bootstrap?: number;
  /** Seed of the bootstrap (default '1'). */
  seed?: string;
}

export interface SobolAnalysis {
  /** The design's header (the first file's). */
  header: SweepHeader;
  outcome: ReportedEvent;
  rows: Array<{ parameter: string } & SobolIndex>;
  /** Variance of P(outcome) over the A and B points; 0 when it never varied. */
  variance: number;
  /** Mean of P(outcome) over the A and B points used. */
  mean: number;
  /** Base rows in the design, and those used (every point of the row has at least one run). */
  baseRows: number;
  usedRows: number;
  /** Runs read, and of them runs that threw (left out of every point's probability). */
  runs: number;
  errors: number;
  bootstrap: number;
}

const NOT_SOBOL = 'not a sobol design: make one with `forum-sim design --kind sobol`';

interface PointHits {
  header: SweepHeader & { design: NonNullable<SweepHeader['design']> };
  /** Per point: runs in which the outcome happened, and runs that did not throw. */
  hits: Float64Array;
  counts: Float64Array;
  runs: number;
  errors: number;
}

/** The files folded as `merge` folds them, keeping per point how often the outcome happened. */
function readPointHits(files: readonly string[], outcome: ReportedEvent, warn: (message: string) => void): PointHits {
  let hits = new Float64Array(0);
  let counts = new Float64Array(0);
  let [runs, errors] = [0, 0];
  const { header, firstFile } = mergeSweepFiles(files, warn, (record, header) => {
    if (header.design?.kind !== 'sobol')
      throw new InputError([{ file: files[0]!, path: 'design', message: NOT_SOBOL }]);
    if (counts.length === 0)
      [hits, counts] = [new Float64Array(header.design.points), new Float64Array(header.design.points)];
    runs++;
    if (isError(record)) return void errors++;
    const { point } = pointOf(header.design, record.run);
    counts[point]!++;
    if (happenedInLine(record.result, outcome)) hits[point]!++;
  });
  const { design } = header;
  if (design?.kind !== 'sobol') throw new InputError([{ file: firstFile, path: 'design', message: NOT_SOBOL }]);
  if (runs === 0) throw new InputError([{ file: firstFile, path: '', message: 'holds no runs yet' }]);
  return { header: { ...header, design }, hits, counts, runs, errors };
}

/** The indices of a sobol design's files; an InputError when they are not one sobol design. */
export function sobolAnalysis(
  files: readonly string[],
  options: SobolOptions = {},
  warn: (message: string) => void = () => {},
): SobolAnalysis {
  const outcome = options.outcome ?? CONSENSUS_TEXT;
  const { header, hits, counts, runs, errors } = readPointHits(files, outcome, warn);
  const { design } = header;
  const firstFile = files[0]!;
  const k = design.factors.length;
  const baseRows = design.samples ?? 0;
  const outputs = saltelliOutputs(hits, counts, k, baseRows);
  const usedRows = outputs.a.length;
  if (usedRows < baseRows)
    warn(
      `${baseRows - usedRows} of the design's ${baseRows} base samples lack a point's runs (an unfinished shard?): left out`,
    );
  if (usedRows < 2)
    throw new InputError([
      {
        file: firstFile,
        path: '',
        message: `only ${usedRows} base samples have all their points: too few for Sobol indices`,
      },
    ]);
  const bootstrap = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const { indices, variance } = sobolIndices(outputs, bootstrap, options.seed ?? '1');
  const both = [...outputs.a, ...outputs.b];
  return {
    header,
    outcome,
    rows: design.factors.map((factor, i) => ({ parameter: factor.path, ...indices[i]! })),
    variance,
    mean: both.reduce((s, x) => s + x, 0) / both.length,
    baseRows,
    usedRows,
    runs,
    errors,
    bootstrap,
  };
}

/** f(A), f(B), f(AB_i) per base row, over the rows whose every point has a run. */
function saltelliOutputs(hits: Float64Array, counts: Float64Array, k: number, baseRows: number): SaltelliOutputs {
  const outputs: SaltelliOutputs = { a: [], b: [], ab: Array.from({ length: k }, () => []) };
  for (let row = 0; row < baseRows; row++) {
    const first = row * (k + 2);
    const points = Array.from({ length: k + 2 }, (_, slot) => first + slot);
    if (points.some((p) => !counts[p])) continue;
    for (const p of points) {
      const role = saltelliRole(p, k);
      const value = hits[p]! / counts[p]!;
      if (role.matrix === 'AB') outputs.ab[role.factor]!.push(value);
      else outputs[role.matrix === 'A' ? 'a' : 'b'].push(value);
    }
  }
  return outputs;
}
