// The real binary in a real terminal: tmux at 100x30, keys sent as a person would type them.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer, waitForScreenOf } from '../support/tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOCKET = `forum-sim-test-${process.pid}`;
const SESSION = 'ui';
const server = tmuxServer(SOCKET);
const tmux = server.tmux;
const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
const keys = (...k: string[]) => tmux('send-keys', '-t', SESSION, ...k);

async function waitForScreen(predicate: (text: string) => boolean, what: string): Promise<string> {
  return waitForScreenOf(screen, predicate, what);
}

/** A tmux session of its own at `columns`x`rows` running `command`; its screen and a way to type into it. */
function openSession(session: string, columns: number, rows: number, command: string) {
  tmux('new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), '-c', ROOT, command);
  return {
    shown: () => tmux('capture-pane', '-p', '-t', session),
    send: (...k: string[]) => tmux('send-keys', '-t', session, ...k),
  };
}

describe.skipIf(!hasTmux)('forum-sim ui in tmux (100x30, and the sweep at 80x24)', () => {
  afterAll(() => {
    server.kill();
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

  it('Ctrl-C ends the UI even while its main thread is stuck, and leaves the terminal cooked with the cursor shown', async () => {
    // The fixture reads keys as `forum-sim ui` does; `x` sends its main thread into an endless loop.
    const session = 'stuck';
    const { shown, send } = openSession(
      session,
      80,
      24,
      `node --import tsx test/ui/fixtures/busyApp.tsx; echo "exited with $?"; stty -a; echo "stty done"; sleep 30`,
    );
    await waitForScreenOf(shown, (t) => t.includes('ready: x spins'), 'the fixture');
    send('x');
    await waitForScreenOf(shown, (t) => t.includes('spinning the main thread'), 'the loop');
    send('C-c');
    // Killed by the key-reading thread once the app has had GRACE_MS to quit: the shell says 137.
    // The shell prints the status, then the terminal's modes: wait for both, on a busy machine too.
    const after = await waitForScreenOf(shown, (t) => /exited with \d+/.test(t) && t.includes('stty done'), 'the exit');
    expect(after).toContain('exited with 137');
    expect(after).toMatch(/(^|\s)icanon\b/m);
    expect(after).toMatch(/(^|\s)echo\b/m);
    expect(tmux('display-message', '-p', '-t', session, '#{cursor_flag}').trim()).toBe('1');
  }, 120_000);

  it('from the picker at 80x24: enter, enter to the end, e, enter opens the editor, and q exits (issue 16)', async () => {
    // The log's <Static> used to unmount with the forum view, and Ink went on drawing its freed
    // Yoga node: here the screen froze on the delegation list and memory grew by gigabytes.
    const { shown, send } = openSession(
      'picked80',
      80,
      24,
      `node bin/forum-sim.js; echo "forum-sim exited with $?"; sleep 30`,
    );
    await waitForScreenOf(shown, (t) => t.includes('pick a forum'), 'the picker');
    send('Enter');
    await waitForScreenOf(shown, (t) => t.includes('Press space to step'), 'amm-2022 opened');
    send('Enter');
    await waitForScreenOf(shown, (t) => /^Outcome: \S+ after \d round/m.test(t) && t.includes('e edit'), 'the end');
    send('e');
    await waitForScreenOf(shown, (t) => t.includes('Edit a delegation'), 'the delegations');
    send('Enter');
    const editor = await waitForScreenOf(shown, (t) => t.includes('Edit BRN'), "BRN's parameters");
    expect(editor).toMatch(/> positions\.\S+/);
    // Enter back to the delegations, esc to the forum, q quits: each answered, so nothing is stuck.
    send('Enter');
    await waitForScreenOf(shown, (t) => t.includes('Edit a delegation'), 'the delegations again');
    send('Escape');
    await waitForScreenOf(shown, (t) => t.includes('e edit'), 'the forum again');
    send('q');
    const after = await waitForScreenOf(shown, (t) => t.includes('forum-sim exited with'), 'the exit');
    expect(after).toContain('forum-sim exited with 0');
  }, 120_000);

  it('w draws the sweep whole at 100x30: a bar, share and interval per outcome; esc goes back; q still exits 0', async () => {
    const { shown, send } = openSession(
      'sweep100',
      100,
      30,
      `node bin/forum-sim.js ui g20-fmm-2022 --seed 7; echo "forum-sim exited with $?"; sleep 30`,
    );
    await waitForScreenOf(shown, (t) => t.includes('w sweep'), 'the forum view');
    send('w');
    // The first chunk (100 seeds) draws the bars; the rest of the 500 runs go on meanwhile.
    const sweep = await waitForScreenOf(shown, (t) => t.includes('share  95% interval'), 'the first bars');
    expectWholeSweep(sweep, 100, ['joint-statement', 'chair-statement', 'no-statement', 'consensus-text'], 1);
    expect(sweep).toContain("Sweep of 500 runs, seeds 7/0..7/499: G20 Foreign Ministers' Meeting");
    send('Escape');
    await waitForScreenOf(shown, (t) => t.includes('w sweep  ? help  q quit'), 'the forum view again');
    send('q');
    const after = await waitForScreenOf(shown, (t) => t.includes('forum-sim exited with'), 'the exit');
    expect(after).toContain('forum-sim exited with 0');
  }, 180_000);

  it('draws the edited and baseline bars whole at 80x24', async () => {
    const { shown, send } = openSession('sweep80', 80, 24, `node bin/forum-sim.js ui g20-fmm-2022 --seed 7; sleep 30`);
    await waitForScreenOf(shown, (t) => t.includes('w sweep'), 'the forum view');
    // AUS (a jumps there), its Ukraine minimum one rung up; each key once the screen has taken the last.
    send('e');
    await waitForScreenOf(shown, (t) => t.includes('Edit a delegation'), 'the editor');
    send('a');
    await waitForScreenOf(shown, (t) => /> AUS/.test(t), 'AUS chosen');
    send('Enter');
    await waitForScreenOf(shown, (t) => t.includes('Edit AUS'), "AUS's parameters");
    send('Down');
    await waitForScreenOf(shown, (t) => t.includes('> positions.ukraine.min'), 'the minimum chosen');
    send('Right');
    await waitForScreenOf(shown, (t) => t.includes('(edited)'), 'the edit');
    send('Escape');
    await waitForScreenOf(shown, (t) => t.includes('w sweep'), 'the forum view again');
    send('w');
    const sweep = await waitForScreenOf(shown, (t) => t.includes('share  95% interval'), 'the first bars');
    expectWholeSweep(sweep, 80, ['joint-statement', 'chair-statement', 'no-statement', 'consensus-text'], 2);
    expect(sweep).toMatch(/^Edits \(1\): AUS\.positions\.ukraine\.min=\S+$/m);
    expect(sweep).toContain('# edited  = baseline (no edits), same seeds');
    send('Escape');
    await waitForScreenOf(shown, (t) => t.includes('w sweep'), 'the forum view after the sweep');
  }, 180_000);

  it('at 80x24: shift+right is a fine step, backspace clears the edits, a pasted S/i seed runs (issue 20)', async () => {
    const { shown, send } = openSession(
      'editor80',
      80,
      24,
      `node bin/forum-sim.js ui asean-russia-2022 --seed 3; echo "forum-sim exited with $?"; sleep 30`,
    );
    const forum = await waitForScreenOf(shown, (t) => t.includes('q quit'), 'the forum view');
    for (const line of forum.split('\n')) expect(line.length).toBeLessThan(80);
    // SGP (s jumps there), its Ukraine salience: four rows down.
    send('e');
    await waitForScreenOf(shown, (t) => t.includes('Edit a delegation'), 'the delegations');
    send('s');
    await waitForScreenOf(shown, (t) => /> SGP/.test(t), 'SGP chosen');
    send('Enter');
    await waitForScreenOf(shown, (t) => t.includes('Edit SGP'), "SGP's parameters");
    for (let i = 0; i < 4; i++) send('Down');
    const salience = /> positions\.ukraine\.salience\s+([\d.]+)/;
    const before = Number(salience.exec(await waitForScreenOf(shown, (t) => salience.test(t), 'the salience'))![1]);
    send(before > 0.5 ? 'S-Left' : 'S-Right');
    const fine = Math.round((before + (before > 0.5 ? -0.01 : 0.01)) * 100) / 100;
    await waitForScreenOf(shown, (t) => new RegExp(`salience\\s+${fine}\\s+\\(edited\\)`).test(t), 'the fine step');
    send('BSpace');
    await waitForScreenOf(
      shown,
      (t) => t.includes(`salience           ${before}`) && !t.includes('(edited)'),
      'no edits',
    );
    send('Escape');
    await waitForScreenOf(shown, (t) => t.includes('q quit'), 'the forum again');
    send('s');
    await waitForScreenOf(shown, (t) => t.includes('Seed: _'), 'the seed prompt');
    tmux('set-buffer', '7/12');
    tmux('paste-buffer', '-t', 'editor80');
    await waitForScreenOf(shown, (t) => t.includes('Seed: 7/12_'), 'the pasted seed');
    send('Enter');
    await waitForScreenOf(shown, (t) => /\| seed 7\/12$/m.test(t), 'the run on seed 7/12');
    send('q');
    expect(await waitForScreenOf(shown, (t) => t.includes('forum-sim exited with'), 'the exit')).toContain(
      'forum-sim exited with 0',
    );
  }, 180_000);
});

/** Every bar row drawn whole (name, bar, share, interval), in order, each line inside the window. */
function expectWholeSweep(screenText: string, columns: number, outcomes: string[], series: 1 | 2) {
  const lines = screenText.split('\n');
  for (const line of lines) expect(line.length).toBeLessThan(columns);
  const rows = lines.filter((l) => /\d% {2}\[/.test(l));
  expect(rows).toHaveLength(outcomes.length * series);
  rows.forEach((row, i) => {
    const outcome = i % series === 0 ? outcomes[i / series]! : '';
    const name = series === 2 ? (i % 2 === 0 ? 'edited' : 'baseline') : '';
    expect(row).toMatch(
      new RegExp(`^${outcome}\\s+${name}\\s*[#=.|[\\]]{20,} +\\d+\\.\\d% {2}\\[ *\\d+\\.\\d, +\\d+\\.\\d\\]$`),
    );
  });
  expect(screenText).toMatch(/^\S.* runs +\[[#.]+\] (bars: \d+ seeds so far|done)$/m);
  expect(screenText).toContain('95% Wilson interval');
  expect(screenText).toContain('esc back to the forum');
}
