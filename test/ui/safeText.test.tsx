// Text from a scenario file reaches the terminal escaped: a forum name cannot set the window title
// or clear the screen, and neither can a delegation name, a rung's id or text, or a problem line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Scenario } from '../../src/domain/types.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { withHash } from '../../src/testing/arbitraries.js';
import { CEILING_POLLS, KEY, renderApp, waitFor } from './support.js';

afterEach(() => cleanup());

const EVIL = '\u001b]0;pwned\u0007\u001b[2J';
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[2J';
/** What the file's text would do to a terminal: set the title, ring, clear the screen, reverse the text. */
const RAW = ['\u001b]0;', '\u0007', '\u001b[2J', '\u202e'];

function evilForum(): Scenario {
  const base = loadScenario('arf-2022');
  const { hash: _hash, source: _source, ...content } = base;
  const issues = base.issues.map((issue) =>
    issue.id !== 'ukraine'
      ? issue
      : {
          ...issue,
          // The rung the draft opens at, and every wording's text.
          ladder: issue.ladder.map((rung, r) => ({
            ...rung,
            ...(r === base.draft.ukraine ? { id: `${rung.id}${EVIL}` } : {}),
            ...(rung.text ? { text: `${rung.text} ${EVIL}` } : {}),
          })),
        },
  );
  const usa = base.profiles.USA!;
  return withHash({
    ...content,
    name: `Forum ${EVIL}`,
    issues,
    profiles: { ...base.profiles, USA: { ...usa, name: `United\u202e States ${EVIL}` } },
  });
}

function expectEscaped(text: string) {
  for (const raw of RAW) expect(text).not.toContain(raw);
}

describe('text from a scenario file in the UI', () => {
  it('shows a forum name, delegation names and rung ids escaped in the forum view and the log', async () => {
    const scenario = evilForum();
    const app = renderApp({
      entries: [{ ref: 'evil', scenario, error: null }],
      initial: 'evil',
      seed: '1',
      size: { columns: 200, rows: 40 },
    });
    const first = app.lastFrame()!;
    expect(first).toContain(`Forum ${SHOWN} |`);
    expect(first).toMatch(/United\\u202e States/);
    expectEscaped(first);
    await app.press(KEY.enter);
    await waitFor(() => app.lastFrame()!.includes('Outcome:'), CEILING_POLLS * 2);
    const screen = app.screen();
    expectEscaped(screen);
    // The rung id in the log (the tabling's wording) and in the statement's paragraph.
    expect(screen).toMatch(/draft\.tabled .*ukraine=\S+\\x1b\]0;pwned\\x07\\x1b\[2J/);
    expect(screen).toMatch(/1\. \[ukraine: \S+\\x1b\]0;pwned\\x07\\x1b\[2J\] /);
  }, 60_000);

  it('shows a scenario that cannot be loaded with its problem escaped in the picker', () => {
    const app = renderApp({
      entries: [{ ref: `bad${EVIL}.yaml`, scenario: null, error: `name: ${EVIL} is not allowed\nsecond line` }],
    });
    const frame = app.lastFrame()!;
    expect(frame).toContain(`bad${SHOWN}.yaml`);
    expect(frame).toContain(`cannot be loaded: name: ${SHOWN} is not allowed`);
    expectEscaped(frame);
  });

  it('every component draws text through the safe Text, never Ink’s own', () => {
    const dir = new URL('../../src/ui/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((f) => {
      if (f === join('components', 'Text.tsx')) return false;
      return /import\s*{[^}]*\bText\b[^}]*}\s*from\s*'ink'/.test(readFileSync(join(dir, f), 'utf8'));
    });
    expect(offenders).toEqual([]);
    expect(files).toContain(join('components', 'Text.tsx'));
  });
});
