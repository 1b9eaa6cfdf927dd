// The lines of a sequence sweep's JSONL file: a header saying which sequence, overrides, seed and
// runs, then one compact line per chain: each meeting's outcome, the text it agreed (issue -> rung,
// null when none), who walked out on whom, and how many values carried into it, per channel.
import type { OutcomeKind } from '../../domain/types.js';
import { deriveSeed } from '../../engine/rng.js';
import { runOutcome, type Shard } from '../../analysis/sweepLine.js';
import type { Overrides } from '../../scenario/overrides.js';
import { sha256, stableStringify } from '../../scenario/stableJson.js';
import { VERSION } from '../../version.js';
import { runSequence } from '../chain.js';
import type { SequenceOverrides } from '../overrides.js';
import type { Channel, MeetingRun, Sequence } from '../types.js';

/** Version of a sequence sweep file's format, in its header beside `kind: sequence`. */
export const SEQUENCE_SWEEP_FORMAT = 1;

export interface SequenceSweepHeader {
  forumSimSweep: number;
  kind: 'sequence';
  sequence: string;
  /** The meetings' forums and the carry-over settings the file was loaded with (sequenceHash). */
  sequenceHash: string;
  version: string;
  seed: string;
  runs: number;
  shard: Shard | null;
  /** --params and --set, as given (`MEETING:PATH`, `carry.CHANNEL...` and plain paths). */
  overrides: Overrides;
  meetings: { id: string; date: string }[];
}

export interface MeetingLine {
  outcome: OutcomeKind;
  /** Issue -> rung of the text the room agreed (`omit` for an issue left out); null when none. */
  text: Record<string, string> | null;
  /** `ACTOR>SPEAKER` for each delegation that walked out when another spoke, sorted. */
  walkouts: string[];
  /** Channel -> values carried into this meeting through it (a value may carry on several). */
  carried: Partial<Record<Channel, number>>;
}

export interface ChainRecord {
  run: number;
  seed: string;
  /** In the sequence's order (the header names them). */
  meetings: MeetingLine[];
}

export interface ChainError {
  run: number;
  seed: string;
  error: string;
}

export type ChainLine = ChainRecord | ChainError;

export const isChainError = (line: ChainLine): line is ChainError => 'error' in line;

/** What a sweep file records of the sequence: its forums (by their hashes) and carry settings. */
export function sequenceHash(sequence: Sequence): string {
  return sha256(
    stableStringify({
      id: sequence.id,
      meetings: sequence.meetings.map((m) => ({ id: m.id, date: m.date, hash: m.scenario.hash })),
      carry: sequence.carry,
    }),
  );
}

export function sequenceSweepHeader(
  sequence: Sequence,
  settings: { seed: string; runs: number; shard: Shard | null; overrides: Overrides },
): SequenceSweepHeader {
  return {
    forumSimSweep: SEQUENCE_SWEEP_FORMAT,
    kind: 'sequence',
    sequence: sequence.id,
    sequenceHash: sequenceHash(sequence),
    version: VERSION,
    seed: settings.seed,
    runs: settings.runs,
    shard: settings.shard,
    overrides: { ...settings.overrides },
    meetings: sequence.meetings.map((m) => ({ id: m.id, date: m.date })),
  };
}

/** Chain `index` of a sweep with master seed `master` (its meetings on `master/index/k`). */
export function chainLine(
  sequence: Sequence,
  overrides: SequenceOverrides,
  master: string,
  index: number,
  run = runSequence,
): ChainLine {
  const seed = deriveSeed(master, index);
  try {
    const chain = run(sequence, { seed, overrides });
    return { run: index, seed, meetings: chain.meetings.map(meetingLine) };
  } catch (error) {
    return { run: index, seed, error: error instanceof Error ? error.message : String(error) };
  }
}

function meetingLine(m: MeetingRun): MeetingLine {
  const { outcome, text } = runOutcome(m.result);
  const walkouts = new Set<string>();
  for (const e of m.result.transcript) if (e.type === 'walkout') walkouts.add(`${e.actor}>${e.speaker}`);
  const carried: Partial<Record<Channel, number>> = {};
  for (const value of m.carried) for (const c of value.channels) carried[c] = (carried[c] ?? 0) + 1;
  return { outcome, text, walkouts: [...walkouts].sort(), carried };
}

/** The JSON line (without its newline): `run` first, as sortSweepFile reads it. */
export const chainLineText = (line: ChainLine): string => JSON.stringify(line);
