// `forum-sim ui phnom-penh-2022` in a real terminal at 80x24 (tmux), keys sent as a person would
// type them: the week played meeting by meeting to the ARF, the strip and a carried-over marker
// read off the screen and checked against the chain the library runs for the same seed.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runSequence } from '../../src/sequence/chain.js';
import { loadSequence } from '../../src/sequence/load.js';
import { carriedLetters } from '../../src/ui/carriedMarks.js';
import { SHORT_OUTCOME } from '../../src/ui/meetingStrip.js';
import { hasTmux, tmuxServer, waitForScreenOf } from '../support/tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOCKET = `forum-sim-seq-test-${process.pid}`;
const SESSION = 'week80';
const server = tmuxServer(SOCKET);
const tmux = server.tmux;
const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
const send = (...k: string[]) => tmux('send-keys', '-t', SESSION, ...k);

const waitForScreen = (predicate: (text: string) => boolean, what: string) => waitForScreenOf(screen, predicate, what);

/** The current meeting in the strip (`[2 asean-russia]`) and its last event reached (`event 108/108`). */
const finished = (text: string, label: string) =>
  text.includes(`[${label}]`) && /event (\d+)\/\1\b/.test(text) && /^Outcome: /m.test(text);

describe.skipIf(!hasTmux)('forum-sim ui SEQUENCE in tmux at 80x24', () => {
  afterAll(() => {
    server.kill();
  });

  it('plays the Phnom Penh week to the ARF: the strip gives each outcome, the grid what carried in; q exits 0', async () => {
    const chain = runSequence(loadSequence('phnom-penh-2022'), { seed: '1' });
    const labels = chain.meetings.map((m, i) => `${i + 1} ${m.meeting.id.replace(/-2022$/, '')}`);
    tmux(
      'new-session',
      '-d',
      '-s',
      SESSION,
      '-x',
      '80',
      '-y',
      '24',
      '-c',
      ROOT,
      `node bin/forum-sim.js ui phnom-penh-2022 --seed 1; echo "forum-sim exited with $?"; sleep 30`,
    );
    const first = await waitForScreen((t) => t.includes(`[${labels[0]}]`), 'the first meeting');
    expect(first).toContain('Carried in: nothing (first meeting)');
    for (const line of first.split('\n')) expect(line.length).toBeLessThan(80);

    // Enter plays a meeting; enter at its end opens the next one and plays it.
    send('Enter');
    await waitForScreen((t) => finished(t, labels[0]!), 'the first outcome');
    for (const label of labels.slice(1)) {
      send('Enter');
      await waitForScreen((t) => finished(t, label), `the outcome of ${label}`);
    }
    const arf = screen();
    const done = chain.meetings.slice(0, 3).map((m, i) => `${labels[i]} ${SHORT_OUTCOME[m.result.outcome]}`);
    expect(arf).toContain(`${done.join(' > ')} > [${labels[3]}]`);
    expect(arf).toContain(`Outcome: ${chain.meetings[3]!.result.outcome}`);
    expect(arf).toMatch(/^Carried in\b.*: .*\bF face\b/m);
    // A delegation marked on the grid, as the chain carried into it (a letter per channel).
    const letters = [...carriedLetters(chain.meetings[3]!.carried)];
    expect(letters.length).toBeGreaterThan(0);
    const shownMarks = letters.filter(([id, marks]) => new RegExp(`. ${id}\\s+${marks} +\\S`).test(arf));
    expect(shownMarks.length).toBeGreaterThan(0);
    // The live view (from the strip down; the log scrolls above it) stays inside the window.
    const live = arf.split('\n').slice(arf.split('\n').findIndex((l) => l.includes(`[${labels[3]}]`)));
    for (const line of live) expect(line, line).toMatch(/^.{0,79}$/);

    send('q');
    const after = await waitForScreen((t) => t.includes('forum-sim exited with'), 'the exit');
    expect(after).toContain('forum-sim exited with 0');
    expect(after).not.toMatch(/^\s+at /m);
  }, 180_000);
});
