import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { ENTRIES, KEY, renderApp, settle, waitFor } from './support.js';
import { STANCE_MARK } from '../../src/ui/theme.js';

afterEach(() => cleanup());

describe('scenario picker', () => {
  it('lists the built-in forums with date and delegation count', () => {
    const { lastFrame } = renderApp();
    const frame = lastFrame()!;
    expect(frame).toContain('pick a forum');
    expect(frame).toMatch(/arf-2022\s+29th ASEAN Regional Forum\s+2022-08-05\s+27 delegations/);
    expect(frame).toMatch(/g20-fmm-2022\s+G20 Foreign Ministers' Meeting\s+2022-07-08\s+20 delegations/);
  });

  it('opens the selected forum on enter', async () => {
    const app = renderApp();
    // The list is sorted: amm-2022, apec-mrt-2022, arf-2022, ...
    await app.press(KEY.down, KEY.down, KEY.enter);
    expect(await app.until('29th ASEAN Regional Forum | host+chair KHM | round 0/6')).toContain(
      '29th ASEAN Regional Forum | host+chair KHM | round 0/6',
    );
  });

  it('opens the forum the keys chose when down, down, enter arrive faster than a frame', async () => {
    const app = renderApp();
    await app.typeAhead(KEY.down, KEY.down, KEY.enter);
    expect(await app.until('| host+chair')).toContain('29th ASEAN Regional Forum | host+chair KHM');
  });

  it('opens the forum the keys chose when they arrive as one chunk', async () => {
    const app = renderApp();
    await app.typeAhead(KEY.down + KEY.down + KEY.enter);
    expect(await app.until('| host+chair')).toContain('29th ASEAN Regional Forum | host+chair KHM');
  });

  it('shortens long forum names at a word boundary', () => {
    const frame = renderApp({ size: { columns: 80, rows: 24 } }).lastFrame()!;
    for (const line of frame.split('\n').filter((l) => / delegations$/.test(l))) {
      const name = line.slice(23, 23 + 36).trimEnd();
      const full = ENTRIES.find((e) => line.includes(e.ref))!.scenario!.name;
      expect(full === name || full.startsWith(`${name} `), `${name} is a word-boundary prefix of ${full}`).toBe(true);
    }
  });
});

describe('forum view', () => {
  it('shows delegations, the draft on its ladder and the keys before the first step', () => {
    const { lastFrame } = renderApp({ initial: 'arf-2022', seed: '7' });
    const frame = lastFrame()!;
    expect(frame).toContain('seed 7');
    expect(frame).toMatch(/\? USA\s+United\s+review/);
    expect(frame).toMatch(/\? KOR\s+Korea\s+review/);
    expect(frame).toMatch(/\? PRK\s+DPR Korea\s+review/);
    expect(frame).not.toMatch(/United Stat\b|Republic of\s+review/);
    expect(frame).toMatch(/ukraine\s+o-o-o-@-o-o\s+investigation/);
    expect(frame).toContain('space step  enter play');
  });

  it('steps one event at a time, moving finished entries into the log', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press(' ');
    expect(await app.until('event 1/')).toContain('event 1/');
    expect(app.screen()).toContain('#   1 r0 opening');
    // Step past the arrivals, the preparatory track and the tabling: stances change from reviewing.
    for (let i = 0; i < 160; i++) app.stdin.write(' ');
    await settle(100);
    expect(await app.until(/round [12]\/6/)).toMatch(/round [12]\/6/);
    expect(await app.until(/\+ KHM\s+Cambodia\s+support/)).toMatch(/\+ KHM\s+Cambodia\s+support/);
    expect(await app.until(/JPN\s+Japan\s+(BLOCK|object)/)).toMatch(/JPN\s+Japan\s+(BLOCK|object)/);
  });

  it('plays to the end and shows the outcome and the text', async () => {
    const app = renderApp({ initial: 'amm-2022', seed: '1' });
    await app.press(KEY.enter);
    await waitFor(() => app.lastFrame()!.includes('Outcome:'));
    expect(await app.until(/Outcome: joint-statement after \d round\(s\)/)).toMatch(
      /Outcome: joint-statement after \d round\(s\)/,
    );
    expect(app.screen()).toMatch(/1\. \[ukraine: [a-z-]+\] The Ministers/);
  });

  it('pauses playback with p', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press(KEY.enter);
    await app.until('playing...');
    await app.press('p');
    await waitFor(() => !app.lastFrame()!.includes('playing...'));
    const at = Number(/event (\d+)\//.exec(app.lastFrame()!)![1]);
    // Paused, a step moves exactly one event on.
    await app.press(' ');
    const frame = await app.until(`event ${at + 1}/`);
    expect(frame).toContain(`event ${at + 1}/`);
    expect(frame).not.toContain('playing...');
    expect(frame).not.toContain('Outcome:');
  });

  it('re-runs with the next seed on r and with a typed seed on s', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press('r');
    expect(await app.until('seed 8')).toContain('seed 8');
    expect(await app.until('event 0/')).toContain('event 0/');
    await app.press('s', '4', '2', KEY.enter);
    expect(await app.until('seed 42')).toContain('seed 42');
  });

  it('shows help on ? and returns on any key', async () => {
    const app = renderApp({ initial: 'arf-2022' });
    await app.press('?');
    expect(await app.until('re-run with a new seed')).toContain('re-run with a new seed');
    await app.press('x');
    expect(await app.until('space step')).toContain('space step');
  });

  it("help's legend describes the table the screen shows, and nothing it does not show", async () => {
    const app = renderApp({ initial: 'arf-2022', size: { columns: 100, rows: 30 } });
    expect(app.lastFrame()).toContain('LOBBIED FACE/IMPAT.');
    await app.press('?');
    const help = await app.until('Stances');
    for (const mark of Object.values(STANCE_MARK)) expect(help).toContain(`${mark.symbol} ${mark.short}`);
    expect(help).toMatch(/LOBBIED\s+\S/);
    expect(help).toMatch(/FACE\/IMPAT\.\s+\S/);
    expect(help).not.toMatch(/<-|resents/);
  });

  it("help's legend describes the compact grid's notes when the grid is shown", async () => {
    const app = renderApp({ initial: 'arf-2022', size: { columns: 80, rows: 24 } });
    expect(app.lastFrame()).not.toContain('LOBBIED');
    await app.press('?');
    const help = await app.until('Stances');
    for (const mark of Object.values(STANCE_MARK)) expect(help).toContain(`${mark.symbol} ${mark.short}`);
    expect(help).toMatch(/<-USA/);
    expect(help).toMatch(/vs USA/);
    expect(help).not.toMatch(/resents|LOBBIED/);
  });

  it('asks for a larger window below 80x24', () => {
    const { lastFrame } = renderApp({ initial: 'arf-2022', size: { columns: 70, rows: 20 } });
    expect(lastFrame()).toContain('Make the window larger: forum-sim needs 80x24, this one is 70x20');
  });

  it('fits 80x24 with a compact grid', () => {
    const { lastFrame } = renderApp({ initial: 'arf-2022', size: { columns: 80, rows: 24 } });
    const lines = lastFrame()!.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lastFrame()).toMatch(/\? USA\s+review/);
  });
});

describe('edit and compare', () => {
  it('edits a parameter with the arrow keys, shows its provenance, and compares on the same seed', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    await app.press('e', 's', KEY.enter);
    expect(await app.until('Edit SGP Singapore')).toContain('Edit SGP Singapore');
    expect(await app.until('Provenance: the only ASEAN member that backed sanctions on Russia')).toContain(
      'Provenance: the only ASEAN member that backed sanctions on Russia',
    );
    await app.press(KEY.down, KEY.down, KEY.down, KEY.right);
    expect(await app.until(/> positions\.ukraine\.hard\s+true\s+\(edited\)/)).toMatch(
      /> positions\.ukraine\.hard\s+true\s+\(edited\)/,
    );
    expect(await app.until('Provenance: assumed')).toContain('Provenance: assumed');
    await app.press(KEY.escape);
    // Back at the forum: the edit waits for the next run, and the header says so.
    const forum = await app.until('space step');
    expect(forum).not.toContain('1 edit(s)');
    expect(forum).toContain('1 edit pending (r)');
    await app.press('c');
    const frame = await app.until('Edits: SGP.positions.ukraine.hard=true');
    expect(frame).toContain('Compare on seed 3');
    expect(frame).toMatch(/Without edits\s+With edits/);
    // Singapore's Ukraine floor made hard (model v3: Russia refuses what it insists on) costs the text on this seed.
    expect(frame).toMatch(/joint-statement, \d round\(s\)\s+chair-statement, \d round\(s\)/);
    await app.press(KEY.escape);
    expect(await app.until('space step')).toContain('space step');
  });

  it('esc in the parameter list goes back to the forum, so c then compares', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    await app.press('e', 's', KEY.enter);
    expect(await app.until('Edit SGP Singapore')).toContain('Edit SGP Singapore');
    await app.press(KEY.escape);
    expect(await app.until('space step')).toContain('space step');
    await app.press('c');
    expect(await app.until('Compare on seed 3')).toContain('Compare on seed 3');
  });

  it('the header counts only the edits the shown run was played with', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    await app.press('e', 's', KEY.enter, KEY.down, KEY.down, KEY.down, KEY.right);
    expect(await app.until('(edited)')).toContain('(edited)');
    await app.press(KEY.escape);
    expect(await app.until('space step')).not.toContain('edit(s)');
    await app.press('r');
    const rerun = await app.until('seed 4');
    expect(rerun).toContain('| 1 edit(s)');
    expect(rerun).not.toContain('pending');
  });

  it('Ctrl-C quits with the interrupt status', async () => {
    const exits: unknown[] = [];
    const app = renderApp({ initial: 'amm-2022', onExit: (code) => exits.push(code) });
    await app.press(KEY.ctrlC);
    await waitFor(() => exits.length > 0);
    expect(exits).toEqual([130]);
  });

  it('refuses an edit that would make a profile impossible and says why', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    // SGP's ukraine min is ceasefire-humanitarian, ideal attributed-condemnation: raise min past the ideal.
    await app.press('e', 's', KEY.enter, KEY.down, KEY.right, KEY.right, KEY.right);
    expect(await app.until('Not applied: needs min <= ideal <= max')).toContain(
      'Not applied: needs min <= ideal <= max',
    );
  });

  it('compare without edits says nothing changed', async () => {
    const app = renderApp({ initial: 'amm-2022' });
    await app.press('c');
    expect(await app.until('nothing: the edits do not change this run')).toContain(
      'nothing: the edits do not change this run',
    );
  });
});
