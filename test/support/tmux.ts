// A private tmux server for the terminal tests: keys sent as a person types them, the screen read back.
import { execFileSync, spawnSync } from 'node:child_process';
import { pollUntil } from './poll.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI) throw new Error('tmux is required in CI (.ci/run installs it)');

/** tmux on its own socket, so tests never touch a user's sessions; `kill` ends that server. */
export function tmuxServer(socket: string) {
  return {
    tmux: (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' }),
    kill: () => spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}

/** Polls the screen until it shows what is awaited; `attempts` polls of 100 ms only guard a hang. */
export async function waitForScreenOf(
  capture: () => string,
  predicate: (text: string) => boolean,
  what: string,
  attempts = 600,
): Promise<string> {
  let text = '';
  const shown = await pollUntil(() => predicate((text = capture())), { everyMs: 100, attempts });
  if (!shown) throw new Error(`timed out waiting for ${what}; screen was:\n${text}`);
  return text;
}
