// What a sweep is: its header (scenario, master seed, runs, shard, overrides, spreads, baseline),
// which slice of the run indices a shard takes, and whether two files are parts of one sweep.
import type { Scenario } from '../domain/types.js';
import { compromiseDraft } from '../engine/outcome.js';
import { wordingOf } from '../engine/ladder.js';
import type { Overrides } from '../scenario/overrides.js';
import { stableStringify } from '../scenario/stableJson.js';
import { VERSION } from '../version.js';
import { compromiseForecast } from './compromise.js';
import { SWEEP_FORMAT, type Shard, type SweepHeader } from './sweepLine.js';

export interface SweepSettings {
  seed: string;
  runs: number;
  shard: Shard | null;
  overrides: Overrides;
  vary: Overrides;
}

/** `base`: the forum as loaded (its hash is recorded); `run`: with every run's overrides applied. */
export function sweepHeader(base: Scenario, run: Scenario, settings: SweepSettings): SweepHeader {
  const present = run.participants.filter((id) => !run.absent.includes(id));
  const consensus = run.rules.decisionRule === 'consensus';
  const tabled = consensus ? compromiseDraft(run, run.draft, present) : run.draft;
  return {
    forumSimSweep: SWEEP_FORMAT,
    scenario: base.id,
    scenarioHash: base.hash,
    version: VERSION,
    seed: settings.seed,
    runs: settings.runs,
    shard: settings.shard,
    overrides: { ...settings.overrides },
    vary: { ...settings.vary },
    decisionRule: run.rules.decisionRule,
    issues: run.issues.map((i) => i.id).filter((id) => id in run.draft),
    baseline: { outcome: compromiseForecast(run).outcome, paragraphs: wordingOf(run.issues, tabled) },
  };
}

/** The run indices [from, to) of a shard: contiguous, disjoint, and together all of 0..runs-1. */
export function shardRange(runs: number, shard: Shard | null): { from: number; to: number } {
  if (!shard) return { from: 0, to: runs };
  return {
    from: Math.floor(((shard.index - 1) * runs) / shard.count),
    to: Math.floor((shard.index * runs) / shard.count),
  };
}

const SAME_SWEEP = [
  'forumSimSweep',
  'scenario',
  'scenarioHash',
  'version',
  'seed',
  'runs',
  'overrides',
  'vary',
  'design',
] as const;

/**
 * The first field on which two headers differ, as "FIELD: A vs B", or null when they describe the
 * same sweep (shards apart, unless `shards` is set).
 */
export function headerMismatch(a: SweepHeader, b: SweepHeader, options: { shards?: boolean } = {}): string | null {
  const fields: readonly (keyof SweepHeader)[] = options.shards ? [...SAME_SWEEP, 'shard'] : SAME_SWEEP;
  for (const field of fields) {
    const [x, y] = [stableStringify(a[field] ?? null), stableStringify(b[field] ?? null)];
    if (x !== y) return `${field}: ${x} vs ${y}`;
  }
  return null;
}

export function formatShard(shard: Shard | null): string {
  return shard ? `${shard.index}/${shard.count}` : 'all';
}
