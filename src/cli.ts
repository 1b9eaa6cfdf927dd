// The executable's edge: process arguments, streams and exit codes. Never prints a stack trace
// unless FORUM_SIM_DEBUG is set.
import { main } from './cli/main.js';

const io = {
  out: (text: string) => process.stdout.write(text + '\n'),
  err: (text: string) => process.stderr.write(text + '\n'),
};

try {
  process.exitCode = await main(process.argv.slice(2), io, Boolean(process.stdout.isTTY && process.stdin.isTTY));
} catch (error) {
  io.err(`forum-sim: internal error: ${(error as Error)?.message ?? String(error)}`);
  if (process.env.FORUM_SIM_DEBUG) io.err(String((error as Error)?.stack));
  process.exitCode = 70;
}
