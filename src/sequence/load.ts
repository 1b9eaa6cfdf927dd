// Loads a sequence file (`kind: sequence`) and every forum it names into a Sequence, reporting every
// problem of the file and of its forums in one pass, each naming its file and field path.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { didYouMean, InputError, type Problem } from '../scenario/errors.js';
import { BUILTIN_DIR, loadScenario } from '../scenario/loader.js';
import { limitProblems } from '../scenario/problemLimit.js';
import { readYamlFile, type YamlFile } from '../scenario/yamlFile.js';
import { DEFAULT_CARRY } from './defaults.js';
import { parseSequence } from './schema.js';
import { CHANNELS, type CarrySettings, type Meeting, type Sequence } from './types.js';

export const SEQUENCE_DIR = join(BUILTIN_DIR, 'sequences');

export function builtinSequenceIds(): string[] {
  if (!existsSync(SEQUENCE_DIR)) return [];
  return readdirSync(SEQUENCE_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();
}

const looksLikePath = (ref: string) => /[\\/]/.test(ref) || /\.ya?ml$/.test(ref);

/** The file a built-in sequence id or a path names, or null when `ref` names no sequence. */
export function sequenceFile(ref: string): string | null {
  if (!looksLikePath(ref)) return builtinSequenceIds().includes(ref) ? join(SEQUENCE_DIR, `${ref}.yaml`) : null;
  const file = resolve(ref);
  if (!existsSync(file)) return null;
  try {
    return isSequenceData(readYamlFile(file).data) ? file : null;
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** A file's data says it is a sequence (a forum's `kind` is its forum kind, never `sequence`). */
export function isSequenceData(data: unknown): boolean {
  return data !== null && typeof data === 'object' && (data as Record<string, unknown>).kind === 'sequence';
}

export function loadSequence(ref: string): Sequence {
  const file = sequenceFile(ref);
  if (!file) throw new InputError([{ file: ref, path: '', message: 'not a sequence file or built-in sequence id' }]);
  return loadSequenceYaml(file, readYamlFile(file));
}

export function loadSequenceYaml(file: string, yaml: YamlFile): Sequence {
  const parsed = parseSequence(yaml);
  if ('problems' in parsed) throw new InputError(limitProblems(parsed.problems));
  const { data } = parsed;
  const problems: Problem[] = [];
  const report = (path: (string | number)[], message: string) =>
    problems.push({ file, path: path.join('.'), message, ...yaml.locate(path) });
  const meetings: Meeting[] = [];
  data.meetings.forEach((entry, index) => {
    const at = ['meetings', index];
    let scenario;
    try {
      scenario = loadScenario(looksLikePath(entry.forum) ? resolve(dirname(file), entry.forum) : entry.forum);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report([...at, 'forum'], `cannot load "${entry.forum}": ${error.problems.length} problem(s), listed below`);
      problems.push(...error.problems);
      return;
    }
    if (entry.date !== undefined && entry.date !== scenario.date)
      report(
        [...at, 'date'],
        `${entry.date} is not the forum's date ${scenario.date} (a sequence does not move meetings)`,
      );
    if (meetings.some((m) => m.id === scenario.id))
      report([...at, 'forum'], `"${scenario.id}" is already in the sequence: each meeting once`);
    const previous = meetings.at(-1);
    if (previous && scenario.date < previous.date)
      report(
        [...at, 'date'],
        `${scenario.date} is before the previous meeting's ${previous.date}: list meetings in order`,
      );
    meetings.push({ id: scenario.id, ref: entry.forum, date: scenario.date, scenario });
  });
  if (problems.length > 0) throw new InputError(limitProblems(problems));
  const carry = Object.fromEntries(
    CHANNELS.map((channel) => [channel, data.carry[channel] ?? DEFAULT_CARRY[channel]]),
  ) as CarrySettings;
  return { id: data.id, name: data.name, meetings, carry, source: file };
}

/** A built-in sequence id, else an InputError listing them (for a name that is neither id nor path). */
export function unknownSequence(ref: string): InputError {
  const ids = builtinSequenceIds();
  return new InputError([
    { file: ref, path: '', message: `unknown sequence; built-in ones are ${ids.join(', ')}${didYouMean(ref, ids)}` },
  ]);
}
