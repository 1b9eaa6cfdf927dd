// The real binary in a real terminal: tmux at 100x30, keys sent as a person would type them.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOCKET = `forum-sim-test-${process.pid}`;
const SESSION = 'ui';
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI) throw new Error('tmux is required in CI (.ci/run installs it)');

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
const keys = (...k: string[]) => tmux('send-keys', '-t', SESSION, ...k);

async function waitForScreen(predicate: (text: string) => boolean, what: string, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = screen();
    if (predicate(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; screen was:\n${text}`);
}

describe.skipIf(!hasTmux)('forum-sim ui in tmux (100x30)', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('shows the forum, changes stances when stepped, plays to an outcome, and quits cleanly on q', async () => {
    tmux(
      'new-session',
      '-d',
      '-s',
      SESSION,
      '-x',
      '100',
      '-y',
      '30',
      '-c',
      ROOT,
      `node bin/forum-sim.js ui arf-2022 --seed 7; echo "forum-sim exited with $?"; sleep 30`,
    );
    const first = await waitForScreen((t) => t.includes('29th ASEAN Regional Forum'), 'the forum view');
    for (const code of ['KHM', 'USA', 'RUS', 'CHN', 'SGP']) expect(first).toContain(code);
    expect(first).toMatch(/\? USA\s+United\s+review/);
    expect(first).not.toContain('United Stat');
    expect(first).toContain('round 0/6');

    // Past the 27 arrivals, the preparatory track and the tabling, stances change from `review`.
    for (let i = 0; i < 160; i++) keys('Space');
    const stepped = await waitForScreen((t) => /event 160\//.test(t), '160 steps');
    expect(stepped).toMatch(/round [12]\/6/);
    expect(stepped).toMatch(/\+ KHM\s+Cambodia\s+support/);

    keys('Enter');
    const end = await waitForScreen((t) => t.includes('Outcome:'), 'the outcome');
    expect(end).toMatch(/Outcome: (joint-statement|chair-statement|no-statement) after \d round\(s\)/);

    keys('q');
    const after = await waitForScreen((t) => t.includes('forum-sim exited with'), 'the exit');
    expect(after).toContain('forum-sim exited with 0');
    expect(after).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('colours stances, and drops every colour under NO_COLOR', async () => {
    const colour = /\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7])m/;
    tmux('new-window', '-t', SESSION, '-n', 'colour', '-c', ROOT, `node bin/forum-sim.js ui arf-2022; sleep 30`);
    await waitForScreen((t) => t.includes('29th ASEAN Regional Forum'), 'the coloured view');
    expect(tmux('capture-pane', '-e', '-p', '-t', `${SESSION}:colour`)).toMatch(colour);
    tmux(
      'new-window',
      '-t',
      SESSION,
      '-n',
      'plain',
      '-c',
      ROOT,
      `NO_COLOR=1 node bin/forum-sim.js ui arf-2022; sleep 30`,
    );
    await waitForScreen((t) => t.includes('29th ASEAN Regional Forum'), 'the plain view');
    const plain = tmux('capture-pane', '-e', '-p', '-t', `${SESSION}:plain`);
    expect(plain).toContain('? USA');
    expect(plain).not.toMatch(colour);
  });

  it('npm start opens the picker', async () => {
    tmux('new-window', '-t', SESSION, '-c', ROOT, `npm start --silent; sleep 30`);
    const picker = await waitForScreen((t) => t.includes('pick a forum'), 'the picker');
    expect(picker).toMatch(/arf-2022\s+29th ASEAN Regional Forum/);
    keys('q');
  });

  it('Ctrl-C exits with 130, as an interrupted program does, and gives the shell back', async () => {
    tmux(
      'new-window',
      '-t',
      SESSION,
      '-c',
      ROOT,
      `node bin/forum-sim.js ui amm-2022; echo "forum-sim exited with $?"; sleep 30`,
    );
    await waitForScreen((t) => t.includes("55th ASEAN Foreign Ministers' Meeting"), 'the forum view');
    keys('C-c');
    const after = await waitForScreen((t) => t.includes('forum-sim exited with'), 'the exit');
    expect(after).toMatch(/forum-sim exited with 130/);
  });
});
