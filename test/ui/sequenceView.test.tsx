// `forum-sim ui SEQUENCE`: the chain of meetings in the forum view, a strip of meetings above it and
// what carried into the current meeting on the delegation grid.
import { cleanup, render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { runSequence } from '../../src/sequence/chain.js';
import { loadSequence } from '../../src/sequence/load.js';
import { carriedLetters } from '../../src/ui/carriedMarks.js';
import { SHORT_OUTCOME } from '../../src/ui/meetingStrip.js';
import { SequenceApp, type SequenceAppProps } from '../../src/ui/SequenceApp.js';
import { KEY, settle, waitFor } from './support.js';

afterEach(() => cleanup());

const WEEK = loadSequence('phnom-penh-2022');

function renderSequence(props: Partial<SequenceAppProps> = {}) {
  const instance = render(
    createElement(SequenceApp, { sequence: WEEK, seed: '1', noColor: true, size: { columns: 80, rows: 24 }, ...props }),
  );
  const press = async (...keys: string[]) => {
    await waitFor(() => instance.stdin.listenerCount('readable') > 0);
    for (const key of keys) {
      instance.stdin.write(key);
      await settle();
    }
  };
  const until = async (expected: string | RegExp) => {
    const shows = () => {
      const frame = instance.lastFrame() ?? '';
      return typeof expected === 'string' ? frame.includes(expected) : expected.test(frame);
    };
    await waitFor(shows).catch(() => undefined);
    return instance.lastFrame() ?? '';
  };
  return { ...instance, press, until };
}

/** The frame's lines, each checked to fit the window. */
function expectFits(frame: string, size: { columns: number; rows: number }) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(size.rows);
  for (const line of lines) expect(line.length).toBeLessThan(size.columns);
}

describe('the sequence view', () => {
  it('opens on the first meeting: the strip with it current and the rest dim, nothing carried in', () => {
    const frame = renderSequence().lastFrame()!;
    expect(frame.split('\n')[0]).toBe('[1 amm] > 2 asean-russia > 3 eas-fmm > 4 arf');
    expect(frame).toContain("55th ASEAN Foreign Ministers'");
    expect(frame).toContain('| seed 1/0');
    expect(frame).toContain('Carried in: nothing (first meeting)');
    expect(frame).toContain('[ ] meeting');
    expectFits(frame, { columns: 80, rows: 24 });
  });

  it('] moves to the ARF: earlier meetings with their outcomes, and the letters of what carried in on the grid', async () => {
    const chain = runSequence(WEEK, { seed: '1' });
    const app = renderSequence();
    await app.press(']', ']', ']');
    const frame = await app.until('[4 arf]');
    const outcomes = chain.meetings
      .slice(0, 3)
      .map((m, i) => `${i + 1} ${m.meeting.id.replace(/-2022$/, '')} ${SHORT_OUTCOME[m.result.outcome]}`);
    expect(frame.split('\n')[0]).toBe(`${outcomes.join(' > ')} > [4 arf]`);
    expect(frame).toContain('29th ASEAN Regional Forum');
    expect(frame).toContain('| seed 1/3');
    const letters = carriedLetters(chain.meetings[3]!.carried);
    expect(letters.size).toBeGreaterThan(0);
    for (const [id, marks] of letters) expect(frame).toMatch(new RegExp(`[?] ${id}\\s+${marks}\\s+review`));
    expect(frame).toMatch(/^Carried in/m);
    expectFits(frame, { columns: 80, rows: 24 });
    await app.press('[');
    expect((await app.until('[3 eas-fmm]')).split('\n')[0]).toContain('[3 eas-fmm] > 4 arf');
  });

  it('enter plays a meeting to its outcome, and enter at the end opens and plays the next', async () => {
    const chain = runSequence(WEEK, { seed: '1' });
    const app = renderSequence();
    await app.press(KEY.enter);
    expect(await app.until('Outcome:')).toContain(`Outcome: ${chain.meetings[0]!.result.outcome}`);
    await app.press(KEY.enter);
    const next = await app.until(/\[2 asean-russia\][\s\S]*Outcome:/);
    expect(next).toContain(`Outcome: ${chain.meetings[1]!.result.outcome}`);
    expect(next).toMatch(/^1 amm \S+ > \[2 asean-russia\]/m);
  });

  it('r re-runs the whole chain on the next seed and s takes a typed one, staying at the meeting shown', async () => {
    const app = renderSequence();
    await app.press(']', 'r');
    expect(await app.until('| seed 2/1')).toContain('[2 asean-russia]');
    await app.press('s', '7', KEY.enter);
    expect(await app.until('| seed 7/1')).toContain('| seed 7/1');
  });

  it('at 140x40 the table has a CARRIED column, and ? lists the keys and the letters', async () => {
    const size = { columns: 140, rows: 40 };
    const chain = runSequence(WEEK, { seed: '1' });
    const app = renderSequence({ size });
    await app.press(']', ']', ']');
    const frame = await app.until('[4 arf-2022]');
    expect(frame).toMatch(/CODE CARRIED NAME/);
    const [id, marks] = [...carriedLetters(chain.meetings[3]!.carried)][0]!;
    expect(frame).toMatch(new RegExp(`${id}\\s+${marks}\\s+\\S`));
    expectFits(frame, size);
    await app.press('?');
    const help = await app.until('Keys');
    expect(help).toContain('the next / previous meeting');
    expect(help).toContain('F lost face');
    await app.press('x');
    expect(await app.until('[4 arf-2022]')).toContain('CARRIED');
  });
});
