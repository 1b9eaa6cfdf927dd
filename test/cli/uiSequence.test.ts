// `forum-sim ui SEQUENCE` checks its sequence before it touches the screen, as `ui SCENARIO` does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './helpers.js';

describe('forum-sim ui SEQUENCE', () => {
  it('takes a built-in sequence id: without a terminal it asks for one, not for a scenario', async () => {
    const r = await runMain(['ui', 'phnom-penh-2022']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the UI needs an interactive terminal');
    expect(r.err).not.toContain('unknown');
  });

  it('refuses a broken sequence file with exit 2, naming the file and the field', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ui-seq-')), 'week.yaml');
    writeFileSync(file, 'kind: sequence\nid: week\nname: A week\nmeetings:\n  - forum: no-such-forum\n');
    const r = await runMain(['ui', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(file);
    expect(r.err).toContain('meetings.0.forum');
    expect(r.err).not.toMatch(/^\s+at /m);
  });
});
