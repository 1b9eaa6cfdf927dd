// `forum-sim schema [--path]`: the scenario JSON Schema, or its absolute path, for an editor to point at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DIR } from '../scenario/loader.js';
import { noPositionals, parse } from './args.js';
import type { Io } from './runCommand.js';
import { HELP } from './usage.js';

/** Absolute path of the JSON Schema, so a modeline that names it resolves from any folder. */
export const SCHEMA_PATH = join(BUILTIN_DIR, 'schema.json');

export function schemaCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('schema', argv, { path: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP.schema!);
    return 0;
  }
  noPositionals('schema', positionals);
  io.out(values.path ? SCHEMA_PATH : readFileSync(SCHEMA_PATH, 'utf8').trimEnd());
  return 0;
}
