import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { App, type AppProps } from '../../src/ui/App.js';
import { scenarioEntries } from '../../src/ui/session.js';

export const ENTRIES = scenarioEntries();

export const KEY = { enter: '\r', escape: '\u001B', up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D' };

/** Lets Ink process input and effects before the next look at the frame. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

export function renderApp(props: Partial<AppProps> = {}) {
  const instance = render(createElement(App, { entries: ENTRIES, size: { columns: 100, rows: 30 }, noColor: true, ...props }));
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      instance.stdin.write(key);
      await settle();
    }
  };
  /** Everything written so far: the Static log above plus the live frame. */
  const screen = () => instance.frames.join('\n');
  /** The live frame once it shows `expected` (a loaded machine may take a few frames), or as it is after 3 s. */
  const until = async (expected: string | RegExp): Promise<string> => {
    const shows = () => {
      const frame = instance.lastFrame() ?? '';
      return typeof expected === 'string' ? frame.includes(expected) : expected.test(frame);
    };
    await waitFor(shows, 3000).catch(() => undefined);
    return instance.lastFrame() ?? '';
  };
  return { ...instance, press, screen, until };
}

/** Waits until the live frame satisfies a predicate (playback runs on a timer). */
export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > until) throw new Error('timed out waiting for the UI');
    await settle(20);
  }
}
