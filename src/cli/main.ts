// Dispatches a command line to a command; turns every bad input into exit code 2 and one line per problem.
import { InputError, formatProblem, didYouMean } from '../scenario/errors.js';
import { VERSION } from '../version.js';
import { backtestCommand } from './backtestCommand.js';
import { checkCommand } from './checkCommand.js';
import { initCommand } from './initCommand.js';
import { listCommand } from './listCommand.js';
import { runCommand, type Io } from './runCommand.js';
import { schemaCommand } from './schemaCommand.js';
import { HELP, UsageError } from './usage.js';
import { validateCommand } from './validateCommand.js';

export const DEFAULT_SCENARIO = 'arf-2022';

type Command = (argv: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  list: listCommand,
  validate: validateCommand,
  init: initCommand,
  schema: schemaCommand,
  // Loaded on demand, so that no other command pays for Ink and React.
  ui: async (argv, io) => (await import('./uiCommand.js')).uiCommand(argv, io),
  check: (argv, io) => checkCommand(argv, io),
  backtest: (argv, io) => backtestCommand(argv, io),
};

export async function main(argv: string[], io: Io, isTty: boolean): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      if (isTty) return await COMMANDS.ui!([], io);
      return await runCommand([DEFAULT_SCENARIO], io);
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(rest[0] && HELP[rest[0]] ? HELP[rest[0]]! : HELP.main!);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out(VERSION);
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command "${first}"${didYouMean(first, Object.keys(COMMANDS))}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) io.err(`forum-sim: ${formatProblem(problem)}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`forum-sim: ${error.message}`);
      io.err(`Run 'forum-sim ${error.command ? `${error.command} ` : ''}--help' for usage.`);
      return 2;
    }
    throw error;
  }
}
