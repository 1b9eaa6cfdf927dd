// The executable's edge: process arguments, streams and exit codes. Never prints a stack trace
// unless FORUM_SIM_DEBUG is set; a failed write to stdout or stderr is handled in streams.ts.
import { main } from './cli/main.js';
import { guardStreams } from './cli/streams.js';
import { safeText } from './present/safeText.js';

const output = guardStreams(process.stdout, process.stderr, {
  exit: (code) => process.exit(code),
  lost: (code) => (process.exitCode = code),
});
const { io } = output;

try {
  const code = await main(process.argv.slice(2), io, Boolean(process.stdout.isTTY && process.stdin.isTTY));
  process.exitCode = output.exitCode(code);
} catch (error) {
  io.err(`forum-sim: internal error: ${safeText(String((error as Error)?.message ?? error))}`);
  if (process.env.FORUM_SIM_DEBUG) io.err(String((error as Error)?.stack));
  process.exitCode = output.exitCode(70);
}
