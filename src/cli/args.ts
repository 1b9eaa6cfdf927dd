// Option parsing shared by the commands, on node:util's parseArgs, with usage errors instead of throws.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../scenario/errors.js';
import { UsageError } from './usage.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export function parse<T extends Options>(command: string, argv: string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...HELP_OPTION, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message + optionHint(message, options), command);
  }
  // `--params=` or `--seed ''` is a mistake (an unset variable, most often), not "use the default".
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.includes('')))
      throw new UsageError(`option --${name} needs a value, got an empty one`, command);
  }
  return parsed;
}

/** For an unknown `--option`, the closest option the command has (` (did you mean "--seed"?)`), else ''. */
function optionHint(message: string, options: Options): string {
  const unknown = /^Unknown option '(--[^'=]+)/.exec(message)?.[1];
  if (!unknown) return '';
  return didYouMean(unknown, ['--help', ...Object.keys(options).map((name) => `--${name}`)]);
}

/** Usage error unless the command was given no positional arguments. */
export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0)
    throw new UsageError(`${command} takes no arguments, got ${positionals.join(' ')}`, command);
}

/** The single SCENARIO a command takes, or a usage error saying what was wrong. */
export function oneScenario(command: string, positionals: string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  throw new UsageError(
    positionals.length === 0
      ? `${command} needs a SCENARIO`
      : `${command} takes one SCENARIO, got ${positionals.join(' ')}`,
    command,
  );
}

/** A `--NAME` whole number from 1 to max, or the fallback when the option is absent; else a usage error. */
export function wholeNumberOption(
  command: string,
  name: string,
  text: string | undefined,
  fallback: number,
  max = 1_000_000,
): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`--${name} expects a whole number from 1 to ${max}, got "${text}"`, command);
  return Number(text);
}
