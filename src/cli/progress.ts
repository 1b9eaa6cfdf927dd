// A progress line on stderr that overwrites itself, written through the guarded streams (so a
// failing stderr cannot crash a long command), and only when stderr is a terminal.
import type { Io } from './runCommand.js';

export function ttyProgress(io: Io): ((text: string) => void) | null {
  const write = io.progress;
  if (!write || !process.stderr.isTTY) return null;
  return (text) => write(`\r\x1b[2K${text}`);
}
