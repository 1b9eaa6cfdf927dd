// The sweep key in the app: w opens the sweep view, which shows progress, then a bar per outcome
// (two with edits: edited and baseline), keeps taking keys while it runs, and fits 100x30 and 80x24.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { loadScenario } from '../../src/scenario/loader.js';
import { KEYS } from '../../src/ui/components/HelpPanel.js';
import { SWEEP_RUNS } from '../../src/ui/sweep.js';
import { KEY, renderApp } from './support.js';

afterEach(() => cleanup());

/**
 * Esc, then the forum view before the next key: written back to back, Esc and a letter can reach
 * Ink in one read, which it takes for Meta+letter, and the letter is lost.
 */
async function backToForum(app: ReturnType<typeof renderApp>): Promise<void> {
  await app.press(KEY.escape);
  await app.until('space step');
}

const SMALL = { runs: 20, chunkSeeds: 10, workers: 1 };
const OUTCOME_ROW =
  /^(joint-statement|chair-statement|no-statement|consensus-text|\s+)\s+(edited|baseline)?\s*[#=.|[\]]{10,} +\d+\.\d% {2}\[ *\d+\.\d, +\d+\.\d\]$/;

/** The rows of the frame that draw a bar, each checked whole: name, bar, share and interval. */
function barRows(frame: string): string[] {
  return frame.split('\n').filter((line) => /\d% {2}\[/.test(line));
}

describe('sweep view', () => {
  it('w runs the sweep and draws each outcome of the forum as a bar with its interval', async () => {
    const app = renderApp({ initial: 'g20-fmm-2022', seed: '7', sweep: SMALL });
    await app.press('w');
    const frame = await app.until(/20\/20 runs.*done/);
    expect(frame).toContain('Sweep of 20 runs, seeds 7/0..7/19: ');
    expect(frame).toMatch(/^No edits/m);
    expect(frame).toMatch(/20\/20 runs\s+\[#+\] done/);
    const rows = barRows(frame);
    expect(rows.map((r) => r.split(' ')[0])).toEqual([
      'joint-statement',
      'chair-statement',
      'no-statement',
      'consensus-text',
    ]);
    for (const row of rows) expect(row).toMatch(OUTCOME_ROW);
    // Shares of the products in the same 20 runs add up to all of them; consensus-text overlaps them.
    const share = (r: string) => Number(/(\d+\.\d)%/.exec(r)![1]);
    const total = rows.slice(0, 3).reduce((n, r) => n + share(r), 0);
    expect(total).toBeCloseTo(100, 5);
    // At the G20 (a joint text is its product) a text agreed is a joint statement.
    expect(share(rows[3]!)).toBe(share(rows[0]!));
    expect(frame).toContain('consensus-text: a text agreed, whatever the product');
    expect(frame).toContain('95% Wilson interval');
    await app.press(KEY.escape);
    expect(await app.until('space step')).toContain('w sweep');
  });

  it('with edits, draws the edited bars over the baseline ones on the same seeds, at 80x24', async () => {
    const app = renderApp({ initial: 'g20-fmm-2022', seed: '7', sweep: SMALL, size: { columns: 80, rows: 24 } });
    // AUS (a jumps there), its Ukraine minimum one rung up. Each key waits for the frame the one
    // before it brings: a key read before its view has drawn goes to the view before it.
    await app.press('e');
    await app.until('Edit a delegation: pick one');
    await app.press('a');
    await app.until(/^> AUS/m);
    await app.press(KEY.enter);
    await app.until('Edit AUS');
    await app.press(KEY.down);
    await app.until(/^> positions\.ukraine\.min/m);
    await app.press(KEY.right);
    expect(await app.until('(edited)')).toContain('(edited)');
    await backToForum(app);
    await app.press('w');
    const frame = await app.until(/40\/40 runs.*done/);
    expect(frame).toContain('Edits (1): AUS.positions.ukraine.min=');
    const rows = barRows(frame);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => /(edited|baseline)/.exec(r)![1])).toEqual(Array(4).fill(['edited', 'baseline']).flat());
    for (const row of rows) {
      expect(row).toMatch(OUTCOME_ROW);
      expect(row.length).toBeLessThan(80);
    }
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // Ink leaves the log printed above the forum view as blank lines at the top of the frame.
    expect(frame.replace(/^\n+/, '').split('\n').length).toBeLessThanOrEqual(24);
    expect(frame).toContain('# edited  = baseline (no edits), same seeds');
    expect(frame).toMatch(/^The edits changed the outcome on \d+ of 20 seeds$/m);
  });

  it("draws a vote forum's outcomes: adopted, rejected, vetoed, and consensus-text (the text adopted)", async () => {
    const scenario = loadScenario(fileURLToPath(new URL('../fixtures/votes/security-council.yaml', import.meta.url)));
    const app = renderApp({ entries: [{ ref: 'sc', scenario, error: null }], initial: 'sc', sweep: SMALL });
    await app.press('w');
    const frame = await app.until(/20\/20 runs.*done/);
    expect(barRows(frame).map((r) => r.split(' ')[0])).toEqual(['adopted', 'rejected', 'vetoed', 'consensus-text']);
  });

  it('keeps taking keys while it runs: esc goes back to the forum before the sweep ends', async () => {
    const app = renderApp({ initial: 'g20-fmm-2022', sweep: { runs: 400, chunkSeeds: 25, workers: 2 } });
    await app.press('w');
    expect(await app.until('esc back to the forum (stops the sweep)')).toMatch(/\d+\/400 runs/);
    await app.press(KEY.escape);
    const forum = await app.until('space step');
    expect(forum).toContain('space step');
    expect(forum).not.toContain('400/400 runs');
  });

  it('shows a finished sweep again without running it while the forum, seed and edits stay', async () => {
    const app = renderApp({ initial: 'g20-fmm-2022', sweep: SMALL });
    await app.press('w');
    await app.until(/20\/20 runs.*done/);
    await backToForum(app);
    await app.press('w');
    // The first frame of the view shows the finished sweep: a sweep run again would start at 0/20.
    const again = await app.until('Sweep of');
    expect(again).toContain('20/20 runs');
    expect(again).toMatch(/\] done/);
    // A new seed is a new sweep.
    await backToForum(app);
    await app.press('r');
    await app.until('seed 2');
    await app.press('w');
    expect(await app.until('seeds 2/0..2/19')).toContain('seeds 2/0..2/19');
  });

  it('is in the key hints and the help, which give the runs it makes', async () => {
    const app = renderApp({
      initial: 'g20-fmm-2022',
      sweep: { workers: 1, chunkSeeds: 5 },
      size: { columns: 80, rows: 24 },
    });
    expect(app.lastFrame()).toContain('c compare  w sweep  ? help  q quit');
    const [, what] = KEYS.find(([key]) => key === 'w')!;
    expect(what).toContain(`sweep: ${SWEEP_RUNS} runs from this seed`);
    await app.press('?');
    const help = (await app.until('  w        sweep: ')).replace(/^\n+/, '');
    expect(help).toContain(`  w        ${what}`);
    // The help, one line longer, still fits the smallest window.
    expect(help.split('\n').length).toBeLessThanOrEqual(24);
    for (const line of help.split('\n')) expect(line.length).toBeLessThan(80);
    await app.press(KEY.escape, 'w');
    expect(await app.until('Sweep of')).toContain(`Sweep of ${SWEEP_RUNS} runs, seeds 1/0..1/${SWEEP_RUNS - 1}`);
    await app.press(KEY.escape);
    expect(await app.until('space step')).toContain('space step');
  });
});
