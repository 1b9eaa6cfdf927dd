import type { Scenario } from '../domain/types.js';
import { safeText } from '../present/safeText.js';
import { runScenario } from '../engine/run.js';
import { loadScenario } from '../scenario/loader.js';
import { applyOverrides, parseSetArgs, type Overrides } from '../scenario/overrides.js';
import { loadParamsFile } from '../scenario/params.js';
import { oneScenario, parse } from './args.js';
import { formatExplain } from './explain.js';
import { formatSummary, formatTranscript } from './format.js';
import { replayInputs } from './replayInputs.js';
import { HELP } from './usage.js';
import { runSequenceCommand } from './sequenceRunCommand.js';
import { sequenceFile } from '../sequence/load.js';

/** Version of the `run --json` object; 2: the transcript is typed events (`type` and their own fields). */
export const RUN_JSON_SCHEMA_VERSION = 2;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Raw text to stderr, for a progress line that redraws itself; absent where there is none. */
  progress?: (text: string) => void;
}

/**
 * The scenario with --params then --set applied, each source on its own, so a bad path is reported
 * against the file or flag it came from and --explain credits the right source.
 */
export function overrideScenario(
  scenario: Scenario,
  values: { params?: string; set?: string[] },
  warn: (message: string) => void = () => {},
): { overrides: Overrides; scenario: Scenario } {
  const fromFile = values.params ? loadParamsFile(values.params) : {};
  const fromFlags = parseSetArgs(values.set ?? []);
  const withFile = values.params ? applyOverrides(scenario, fromFile, values.params, warn) : scenario;
  return { overrides: { ...fromFile, ...fromFlags }, scenario: applyOverrides(withFile, fromFlags, '--set', warn) };
}

/** One stderr line per warning; the exit code is not affected. */
export const warnTo = (io: Io) => (message: string) => io.err(`forum-sim: warning: ${safeText(message)}`);

export const RUN_OPTIONS = {
  seed: { type: 'string' },
  set: { type: 'string', multiple: true },
  params: { type: 'string' },
} as const;

export function runCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('run', argv, {
    ...RUN_OPTIONS,
    json: { type: 'boolean' },
    transcript: { type: 'boolean' },
    explain: { type: 'boolean' },
    inputs: { type: 'string' },
  });
  if (values.help) {
    io.out(HELP.run!);
    return 0;
  }
  const ref = oneScenario('run', positionals);
  // A sequence (`kind: sequence`, or a built-in sequence id) runs as a chain of meetings.
  if (sequenceFile(ref)) return runSequenceCommand(ref, values, io);
  const scenario = loadScenario(ref);
  const recorded = values.inputs ? replayInputs(values.inputs, scenario, values) : null;
  const { overrides, scenario: overridden } = recorded
    ? {
        overrides: recorded.overrides,
        scenario: applyOverrides(scenario, recorded.overrides, values.inputs, warnTo(io)),
      }
    : overrideScenario(scenario, values, warnTo(io));
  const seed = recorded?.seed ?? values.seed ?? '1';
  const result = runScenario(scenario, {
    seed,
    overrides,
    transcript: Boolean(values.transcript || values.explain),
    ...(recorded ? { drawn: recorded.drawn } : {}),
  });
  if (values.json) {
    const { transcript, ...rest } = result;
    const record = { schemaVersion: RUN_JSON_SCHEMA_VERSION, ...rest };
    io.out(JSON.stringify(values.transcript ? { ...record, transcript } : record, null, 2));
    return 0;
  }
  io.out(formatSummary(overridden, result));
  if (values.explain) io.out(formatExplain(overridden, result));
  if (values.transcript) io.out('\n' + formatTranscript(result.transcript));
  return 0;
}
