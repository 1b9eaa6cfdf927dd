// The forum view at the sizes people use: the header fits 80 columns whole, and the delegation
// table's name column is no wider than its names however wide the window.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { headerLine } from '../../src/ui/header.js';
import { PHASES } from '../../src/domain/types.js';
import { ENTRIES, renderApp } from './support.js';

afterEach(() => cleanup());

const header = (frame: string) => frame.split('\n')[0]!;

describe('the header', () => {
  it('fits 80x24 whole for the longest forum name, a sweep seed and edits: nothing wraps or is cut mid-word', () => {
    const frame = renderApp({ initial: 'eas-fmm-2022', seed: '12/345', size: { columns: 80, rows: 24 } }).lastFrame()!;
    const line = header(frame);
    expect(line.length).toBeLessThan(80);
    expect(line).not.toContain('…');
    expect(line).toMatch(/^12th East Asia Summit\b.* \| round 0\/\d+ \| opening \| seed 12\/345$/);
    expect(frame.split('\n')[1]).toMatch(/^Delegations \(/);
  });

  it('gives way name first, then host and chair, never the round, phase, seed or edits', () => {
    for (const { scenario } of ENTRIES) {
      for (const phase of PHASES) {
        const facts = {
          name: scenario!.name,
          place: 'host IDN chair KHM',
          progress: 'preparatory track',
          phase,
          seed: '12345/499',
          edits: 12,
        };
        const line = headerLine(facts, 80);
        expect(line.length, line).toBeLessThan(80);
        expect(line.endsWith(`preparatory track | ${phase} | seed 12345/499 | 12 edit(s)`), line).toBe(true);
        const name = line.split(' | ')[0]!;
        if (name !== 'preparatory track') expect(`${scenario!.name} `.startsWith(`${name} `), line).toBe(true);
      }
    }
    const roomy = {
      name: 'ASEAN Regional Forum',
      place: 'host+chair KHM',
      progress: 'round 1/6',
      phase: 'lobbying',
      seed: '1',
      edits: 0,
    };
    expect(headerLine(roomy, 100)).toBe('ASEAN Regional Forum | host+chair KHM | round 1/6 | lobbying | seed 1');
  });
});

/** Width of the NAME column, and the longest name under it, for every block of the table. */
function nameColumns(frame: string) {
  const lines = frame.split('\n');
  const heading = lines.find((l) => l.includes('CODE NAME'))!;
  const out: { width: number; longest: number }[] = [];
  for (let at = heading.indexOf('NAME'); at >= 0; at = heading.indexOf('NAME', at + 1)) {
    const width = heading.indexOf('STANCE', at) - at;
    const rows = lines.filter((l) => /^. [A-Z]{2,3} /.test(l.slice(at - 7, at)));
    const longest = Math.max(...rows.map((l) => l.slice(at, at + width).trimEnd().length));
    out.push({ width, longest });
  }
  return out;
}

describe('the delegation table at 140 columns and more', () => {
  it.each([
    [140, 40],
    [140, 50],
    [200, 50],
  ])('at %ix%i the name column is as wide as the longest name and a space', (columns, rows) => {
    const frame = renderApp({ initial: 'arf-2022', size: { columns, rows } }).lastFrame()!;
    const blocks = nameColumns(frame);
    expect(blocks.length).toBeGreaterThan(0);
    // Both blocks of a two-block table share one width: the longest name in either.
    const longest = Math.max(...blocks.map((b) => b.longest));
    for (const { width } of blocks) expect(width).toBe(longest + 1);
  });
});
