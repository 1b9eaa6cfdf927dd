// The UI at scale: a 2,000-delegation forum plays in bounded memory. Bounds are structural (what the
// playback keeps, what the screen draws), never timings or bytes.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { RunResult, Scenario } from '../../src/domain/types.js';
import { gridWindow } from '../../src/ui/components/DelegationGrid.js';
import { LOG_WINDOW, RunPlayback } from '../../src/ui/playback.js';
import { play } from '../../src/ui/session.js';
import { playStride } from '../../src/ui/usePlayback.js';
import { largeForum } from './largeForum.js';
import { CEILING_MS, KEY, renderApp, waitFor } from './support.js';

afterEach(() => cleanup());

const DELEGATIONS = 2_000;
// One round keeps the engine's own run short; the transcript still has thousands of entries.
const forum: Scenario = largeForum(DELEGATIONS, { roundLimit: 1 });
let run: RunResult;

beforeAll(() => {
  run = play(forum, {}, '1');
}, 120_000);

describe(`a ${DELEGATIONS}-delegation forum`, () => {
  it('plays back keeping at most the log window and one view per delegation, however far it plays', () => {
    const playback = new RunPlayback(forum, run, 'big');
    const length = run.transcript.length;
    expect(length).toBeGreaterThan(3 * LOG_WINDOW);
    const stride = playStride(length);
    let drawn = 0;
    // Single steps first, then a tick's stride at a time, then a jump past the window.
    const stops = [1, 2, 3, ...Array.from({ length: 40 }, (_, i) => 3 + (i + 1) * stride), length - 1, length];
    for (const stop of stops) {
      playback.advanceTo(stop);
      expect(playback.retainedLines).toBeLessThanOrEqual(LOG_WINDOW);
      expect(playback.moment().delegations).toHaveLength(DELEGATIONS);
      const batch = playback.unprinted();
      // A step's entries, a line for those it skips, and at the end the outcome and the text.
      expect(batch.lines.length).toBeLessThanOrEqual(LOG_WINDOW + 1 + (batch.end ? 3 + forum.issues.length : 0));
      drawn += batch.lines.length;
      playback.printed(batch);
      expect(playback.unprinted().lines).toEqual([]);
    }
    expect(drawn).toBeGreaterThan(LOG_WINDOW);
    const end = playback.moment();
    expect(end.finished).toBe(true);
    expect(Object.fromEntries(end.delegations.map((d) => [d.id, d.stance]))).toEqual(
      Object.fromEntries(Object.entries(run.delegations).map(([id, d]) => [id, d.stance])),
    );
  });

  it('a step longer than the window prints its last entries and says how many it played without a line', () => {
    const playback = new RunPlayback(forum, run, 'big');
    playback.advanceTo(LOG_WINDOW * 3);
    const { lines } = playback.unprinted();
    expect(lines).toHaveLength(LOG_WINDOW + 1);
    expect(lines[0]!.text).toBe(`... ${LOG_WINDOW * 2} entries (#1-#${LOG_WINDOW * 2}) played without a line`);
    expect(lines[1]!.text).toMatch(new RegExp(`^#\\s*${LOG_WINDOW * 2 + 1} `));
    expect(lines.at(-1)!.text).toMatch(new RegExp(`^#\\s*${LOG_WINDOW * 3} `));
  });

  it('the app draws only the grid rows that fit the terminal while it plays to the end, and scrolls them', async () => {
    // The app runs the forum itself: a smaller one, still a hundred grid rows for a 30-row terminal.
    const count = 600;
    const scenario = largeForum(count, { roundLimit: 1 });
    const size = { columns: 100, rows: 30 };
    const app = renderApp({ entries: [{ ref: 'big', scenario, error: null }], initial: 'big', seed: '1', size });
    /** The live view (what is below the log): from the header line to the footer. */
    const live = () => {
      const frame = app.lastFrame() ?? '';
      // The harness keeps every frame, each with the whole log: only the last one is read.
      app.frames.length = 0;
      return frame.slice(frame.lastIndexOf(`${scenario.name} |`));
    };
    const gridRows = (view: string) => view.split('\n').filter((l) => /^[-+~!X<?] \S/.test(l));
    /** The grid's own bound: the rows left once the header, draft, status line and footer are drawn. */
    const spare = (view: string) => size.rows - 10 - view.split('\n').filter((l) => /^ {2}\S+ +[o@-]+ /.test(l)).length;
    let checks = 0;
    await app.press(KEY.enter);
    await waitFor(() => {
      const view = live();
      expect(view.split('\n').length).toBeLessThanOrEqual(size.rows);
      expect(gridRows(view).length).toBeLessThanOrEqual(gridWindow(count, spare(view)).shown);
      checks++;
      return view.includes('Outcome:');
    }, CEILING_MS * 3);
    expect(checks).toBeGreaterThan(1);
    const end = live();
    const shown = gridRows(end).length;
    expect(shown).toBeGreaterThan(0);
    expect(end).toMatch(new RegExp(`rows 1-${shown} of \\d+ \\(up/down scroll\\); the other \\d+: \\d+ `));
    await app.press(KEY.down, KEY.down);
    expect(await app.until(`rows 3-${shown + 2} of`)).toContain(`rows 3-${shown + 2} of`);
    await app.press(KEY.up);
    expect(await app.until(`rows 2-${shown + 1} of`)).toContain(`rows 2-${shown + 1} of`);
  }, 180_000);
});
