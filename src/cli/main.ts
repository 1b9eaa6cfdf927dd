// Dispatches a command line to a command; turns every bad input into exit code 2 and one line per problem.
import { InputError, formatProblem, didYouMean } from '../scenario/errors.js';
import { safeText } from '../present/safeText.js';
import { VERSION } from '../version.js';
import type { Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';

export const DEFAULT_SCENARIO = 'arf-2022';

type Command = (argv: string[], io: Io) => number | Promise<number>;

// Each command's module is loaded when that command runs, so `--version` and `--help` load almost
// nothing and `run` does not pay for the backtest, the property checks (fast-check) or Ink and React.
const COMMANDS: Record<string, Command> = {
  run: async (argv, io) => (await import('./runCommand.js')).runCommand(argv, io),
  list: async (argv, io) => (await import('./listCommand.js')).listCommand(argv, io),
  validate: async (argv, io) => (await import('./validateCommand.js')).validateCommand(argv, io),
  init: async (argv, io) => (await import('./initCommand.js')).initCommand(argv, io),
  schema: async (argv, io) => (await import('./schemaCommand.js')).schemaCommand(argv, io),
  ui: async (argv, io) => (await import('./uiCommand.js')).uiCommand(argv, io),
  check: async (argv, io) => (await import('./checkCommand.js')).checkCommand(argv, io),
  backtest: async (argv, io) => (await import('./backtestCommand.js')).backtestCommand(argv, io),
  sweep: async (argv, io) => (await import('./sweepCommand.js')).sweepCommand(argv, io),
  merge: async (argv, io) => (await import('./mergeCommand.js')).mergeCommand(argv, io),
  sensitivity: async (argv, io) => (await import('./sensitivityCommand.js')).sensitivityCommand(argv, io),
  design: async (argv, io) => (await import('./designCommand.js')).designCommand(argv, io),
  sobol: async (argv, io) => (await import('./sobolCommand.js')).sobolCommand(argv, io),
  compare: async (argv, io) => (await import('./compareCommand.js')).compareCommand(argv, io),
  params: async (argv, io) => (await import('./paramsCommand.js')).paramsCommand(argv, io),
  table: async (argv, io) => (await import('./tableCommand.js')).tableCommand(argv, io),
  prim: async (argv, io) => (await import('./primCommand.js')).primCommand(argv, io),
};

export async function main(argv: string[], io: Io, isTty: boolean): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) return isTty ? await COMMANDS.ui!([], io) : await COMMANDS.run!([DEFAULT_SCENARIO], io);
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(helpTopic(rest));
      return 0;
    }
    if (first === '--version' || first === '-v') {
      if (rest.length > 0) throw new UsageError(`${first} takes no arguments, got ${rest.join(' ')}`);
      io.out(VERSION);
      return 0;
    }
    // Own keys only: `toString` is not a command.
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(`unknown command "${first}"${didYouMean(first, Object.keys(COMMANDS))}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) io.err(`forum-sim: ${formatProblem(problem)}`);
      return 2;
    }
    if (error instanceof UsageError) {
      // The message may quote the command line: shown escaped, as text from a file is.
      io.err(`forum-sim: ${safeText(error.message)}`);
      io.err(`Run 'forum-sim ${error.command ? `${error.command} ` : ''}--help' for usage.`);
      return 2;
    }
    throw error;
  }
}

/** `help [COMMAND]`: the main help, or a command's; anything else is a usage error. */
function helpTopic(rest: string[]): string {
  if (rest.length === 0) return HELP.main!;
  const [topic, ...extra] = rest;
  if (extra.length > 0) throw new UsageError(`help takes at most one COMMAND, got ${rest.join(' ')}`);
  if (!Object.hasOwn(COMMANDS, topic!))
    throw new UsageError(`no help for "${topic}": not a command${didYouMean(topic!, Object.keys(COMMANDS))}`);
  return HELP[topic!]!;
}
