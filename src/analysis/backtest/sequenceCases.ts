// Sequence cases: sequence files (`kind: sequence`) whose meetings are record cases, each with an
// `expected` block. The chain is scored meeting by meeting, so every meeting must carry its real
// outcome, and the carry-over must not rest on reporting of the week it is scored on.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError, type Problem } from '../../scenario/errors.js';
import { BUILTIN_DIR } from '../../scenario/loader.js';
import { readYamlFile } from '../../scenario/yamlFile.js';
import { isSequenceData, loadSequenceYaml } from '../../sequence/load.js';
import { CHANNELS, type Sequence } from '../../sequence/types.js';

/** The record's sequence cases (a sub-folder, so the per-case backtest of scenarios/record skips it). */
export const SEQUENCE_CASE_DIR = join(BUILTIN_DIR, 'record', 'sequences');

export interface SequenceCase {
  file: string;
  sequence: Sequence;
}

/** Whether the file holds a sequence (its `kind` is `sequence`); false for anything unreadable. */
export function isSequenceFile(file: string): boolean {
  try {
    return statSync(file).isFile() && isSequenceData(readYamlFile(file).data);
  } catch {
    return false;
  }
}

/** Loads a sequence case, or an InputError naming the file, field path and what was expected. */
export function loadSequenceCase(file: string): SequenceCase {
  const yaml = readYamlFile(file);
  if (!isSequenceData(yaml.data))
    throw new InputError([
      { file, path: 'kind', message: 'a sequence case (`kind: sequence`) was expected: --sequences scores only those' },
    ]);
  const sequence = loadSequenceYaml(file, yaml);
  const problems: Problem[] = [];
  sequence.meetings.forEach((meeting, index) => {
    if (meeting.scenario.expected) return;
    const where = relative(process.cwd(), meeting.scenario.source) || meeting.scenario.source;
    problems.push({
      file,
      path: `meetings.${index}.forum`,
      message: `${where} has no \`expected\` block: every meeting of a sequence case needs its real outcome and source`,
      ...yaml.locate(['meetings', index, 'forum']),
    });
  });
  // A sequence file has no knownBefore to date a source by, so a sourced carry value could rest on
  // reporting of the very week it is scored on: in a case, every carry value is assumed.
  const stated = (yaml.data as { carry?: Record<string, { provenance?: Record<string, string> }> }).carry ?? {};
  for (const channel of CHANNELS) {
    for (const [field, said] of Object.entries(stated[channel]?.provenance ?? {})) {
      if (/^assumed\b/.test(said.trim())) continue;
      const path = ['carry', channel, 'provenance', field];
      problems.push({
        file,
        path: path.join('.'),
        message: `"${said}" is a source, but a sequence case cannot date it before its meetings (no knownBefore): state \`assumed\``,
        ...yaml.locate(path),
      });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { file, sequence };
}

export function loadSequenceCases(files: readonly string[]): SequenceCase[] {
  const problems: Problem[] = [];
  const cases: SequenceCase[] = [];
  for (const file of files) {
    try {
      cases.push(loadSequenceCase(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return cases;
}
