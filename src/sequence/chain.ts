// Runs a sequence: meeting k is runScenario(its forum, seed deriveSeed(chainSeed, k), the user's
// overrides then what carried over from meetings 0..k-1). A pure function of sequence, overrides
// and seed; with every channel off nothing is carried, so each meeting runs exactly as alone.
import type { RunResult, Scenario } from '../domain/types.js';
import { runScenario, type RunOptions } from '../engine/run.js';
import { deriveSeed } from '../engine/rng.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { carryOver, type CarryFunction } from './carry.js';
import { marksOf } from './marks.js';
import { meetingOverrides, type SequenceOverrides } from './overrides.js';
import type { Mark, MeetingRun, Sequence, SequenceRun } from './types.js';

export interface SequenceRunOptions {
  seed: string;
  overrides?: SequenceOverrides;
  /** The carry-over mechanism (carryOver unless a test plants a broken copy). */
  carry?: CarryFunction;
  engine?: (scenario: Scenario, options: RunOptions) => RunResult;
  /** Called after each meeting (a UI or a progress line); the chain is not affected. */
  onMeeting?: (run: MeetingRun) => void;
}

/** The seed of meeting k of a chain run with `seed`. */
export const meetingSeed = (seed: string, index: number): string => deriveSeed(seed, index);

export function runSequence(sequence: Sequence, options: SequenceRunOptions): SequenceRun {
  const overrides = options.overrides ?? { all: {}, perMeeting: {}, carry: sequence.carry };
  const carry = options.carry ?? carryOver;
  const engine = options.engine ?? runScenario;
  const notes: string[] = [];
  const marks: Mark[] = [];
  const meetings: MeetingRun[] = [];
  sequence.meetings.forEach((meeting, index) => {
    const userOverrides = meetingOverrides(meeting, sequence, overrides, (line) => notes.push(line));
    const asSet = applyOverrides(meeting.scenario, userOverrides, `--set (${meeting.id})`, (line) => notes.push(line));
    const carried = carry(asSet, marks, index, overrides.carry);
    const all: Overrides = { ...userOverrides };
    for (const value of carried) all[value.path] = value.value;
    const seed = meetingSeed(options.seed, index);
    const result = engine(meeting.scenario, { seed, overrides: all, transcript: true });
    const left = marksOf(applyOverrides(meeting.scenario, all), result, index);
    marks.push(...left);
    const run: MeetingRun = { index, meeting, seed, userOverrides, carried, overrides: all, result, marks: left };
    meetings.push(run);
    options.onMeeting?.(run);
  });
  return { sequence: sequence.id, seed: options.seed, meetings, notes };
}
