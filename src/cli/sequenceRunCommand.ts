// `forum-sim run SEQUENCE`: runs a chain of meetings for a seed, each with what carried over from
// the ones before; `--set PATH=VALUE` for every meeting, `--set MEETING:PATH=VALUE` for one, and
// `--set carry.CHANNEL=off` (or `carry=off`) for the carry-over.
import { loadParamsFile } from '../scenario/params.js';
import { runSequence } from '../sequence/chain.js';
import { sequenceEvents } from '../sequence/events.js';
import { loadSequence } from '../sequence/load.js';
import { sequenceOverrides } from '../sequence/overrides.js';
import type { SequenceRun } from '../sequence/types.js';
import type { Io } from './runCommand.js';
import { formatSequenceRun } from './sequenceFormat.js';
import { UsageError } from './usage.js';

/** Version of the `run SEQUENCE --json` object. */
export const SEQUENCE_JSON_SCHEMA_VERSION = 1;

export interface SequenceRunValues {
  seed?: string;
  set?: string[];
  params?: string;
  json?: boolean;
  transcript?: boolean;
  explain?: boolean;
  inputs?: string;
}

export function runSequenceCommand(ref: string, values: SequenceRunValues, io: Io): number {
  for (const option of ['explain', 'inputs'] as const)
    if (values[option] !== undefined) throw new UsageError(`--${option} is for a forum, not a sequence`, 'run');
  if (values.transcript && !values.json)
    throw new UsageError("a sequence's event log comes with --json: use --json --transcript", 'run');
  const sequence = loadSequence(ref);
  const fromFile = values.params ? Object.entries(loadParamsFile(values.params)).map(([k, v]) => `${k}=${v}`) : [];
  const overrides = sequenceOverrides(sequence, [...fromFile, ...(values.set ?? [])]);
  const run = runSequence(sequence, { seed: values.seed ?? '1', overrides });
  if (values.json) {
    io.out(JSON.stringify(sequenceJson(run, Boolean(values.transcript)), null, 2));
    return 0;
  }
  io.out(formatSequenceRun(sequence, run));
  return 0;
}

function sequenceJson(run: SequenceRun, withEvents: boolean) {
  return {
    schemaVersion: SEQUENCE_JSON_SCHEMA_VERSION,
    sequence: run.sequence,
    seed: run.seed,
    meetings: run.meetings.map((m) => {
      const { transcript: _transcript, ...result } = m.result;
      return { id: m.meeting.id, date: m.meeting.date, seed: m.seed, carried: m.carried, marks: m.marks, result };
    }),
    notes: run.notes,
    ...(withEvents ? { events: sequenceEvents(run) } : {}),
  };
}
