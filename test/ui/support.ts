import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { App, type AppProps } from '../../src/ui/App.js';
import { scenarioEntries } from '../../src/ui/session.js';
import { pollUntil } from '../support/poll.js';

export const ENTRIES = scenarioEntries();

export const KEY = {
  enter: '\r',
  escape: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  ctrlC: '\u0003',
};

/**
 * Generous ceiling for a wait on a loaded machine, in polls of 20 ms (about a minute when idle).
 * Waits end as soon as the frame shows what they wait for, so the ceiling costs nothing when
 * things go well.
 */
export const CEILING_POLLS = 3_000;
/** A test's own timeout (vitest's hang guard) where it waits several times. */
export const CEILING_MS = 60_000;

/** Yields to Ink and React: their scheduled work (effects, input listeners) runs before this resolves. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

export function renderApp(props: Partial<AppProps> = {}) {
  const instance = render(
    createElement(App, { entries: ENTRIES, size: { columns: 100, rows: 30 }, noColor: true, ...props }),
  );
  /** Ink reads keys only once it listens on stdin (after the first effects); a key written earlier is lost. */
  const ready = () => waitFor(() => instance.stdin.listenerCount('readable') > 0);
  const press = async (...keys: string[]) => {
    await ready();
    for (const key of keys) {
      instance.stdin.write(key);
      await settle();
    }
  };
  /** Keys written back to back, without yielding in between: a person typing faster than a frame. */
  const typeAhead = async (...keys: string[]) => {
    await ready();
    for (const key of keys) instance.stdin.write(key);
  };
  /** Everything written so far: the Static log above plus the live frame. */
  const screen = () => instance.frames.join('\n');
  /** The live frame once it shows `expected` (a loaded machine may take a few frames), or as it is after the ceiling. */
  const until = async (expected: string | RegExp): Promise<string> => {
    const shows = () => {
      const frame = instance.lastFrame() ?? '';
      return typeof expected === 'string' ? frame.includes(expected) : expected.test(frame);
    };
    await waitFor(shows).catch(() => undefined);
    return instance.lastFrame() ?? '';
  };
  return { ...instance, press, typeAhead, ready, screen, until };
}

/** Waits until the check passes (playback runs on a timer); `attempts` polls only guard a hang. */
export async function waitFor(check: () => boolean, attempts = CEILING_POLLS): Promise<void> {
  if (!(await pollUntil(check, { everyMs: 20, attempts }))) throw new Error('timed out waiting for the UI');
}
