// writeReport's folder: the page, each chart's SVG and PNG, the data, and a marker; a folder with
// the user's files in it is refused untouched; a previous report's folder is written over.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_MARKER } from '../../src/report/reportFolder.js';
import { writeReport } from '../../src/report/writeReport.js';
import { InputError } from '../../src/scenario/errors.js';
import { REPORT, STAMP } from './fixtures.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'forum-sim-report-'));
const n = REPORT.sections.length;

describe('writeReport', () => {
  it('writes index.html with every chart inlined and stamped, chart-N.svg/.png and report.json', async () => {
    const dir = join(fresh(), 'new', 'folder');
    await writeReport(dir, REPORT);
    const names = readdirSync(dir).sort();
    const charts = Array.from({ length: n }, (_, i) => [`chart-${i + 1}.png`, `chart-${i + 1}.svg`]).flat();
    expect(names).toEqual([REPORT_MARKER, ...charts, 'index.html', 'report.json'].sort());
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(REPORT);

    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html.match(/<svg\b/g)).toHaveLength(n);
    expect(html.match(/<table class="stamp">/g)).toHaveLength(n);
    expect(html).toContain(`<td>${STAMP.scenarioHash}</td>`);
    expect(html).toContain('<td>USA.patience=0.35, forum.level=ministers</td>');
    // Self-contained: nothing fetched from anywhere.
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/);
    // Ids are unique across the inlined charts.
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readFileSync(join(dir, 'chart-1.svg'), 'utf8')).toContain('<metadata id="forum-sim-stamp">');
  });

  it('refuses a folder that holds files it did not write, and leaves them as they were', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const error = await writeReport(dir, REPORT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message)).toMatch(/not empty.*never writes over/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a file given as the folder', async () => {
    const file = join(fresh(), 'report.html');
    writeFileSync(file, 'mine');
    await expect(writeReport(file, REPORT)).rejects.toThrow(/expects a folder/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it("writes over a previous report, removes its charts that no longer exist, keeps the user's own files", async () => {
    const dir = fresh();
    await writeReport(dir, REPORT);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const smaller = { ...REPORT, sections: REPORT.sections.slice(0, 2) };
    await writeReport(dir, smaller);
    expect(readdirSync(dir).sort()).toEqual(
      [
        REPORT_MARKER,
        'chart-1.png',
        'chart-1.svg',
        'chart-2.png',
        'chart-2.svg',
        'index.html',
        'notes.txt',
        'report.json',
      ].sort(),
    );
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(smaller);
  });

  it('writes the same bytes for the same report (no timestamps)', async () => {
    const [a, b] = [fresh(), fresh()];
    await writeReport(a, REPORT);
    await writeReport(b, REPORT);
    for (const name of ['index.html', 'chart-3.svg', 'chart-3.png', 'report.json'])
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
  });

  it('an empty folder is fine', async () => {
    const dir = join(fresh(), 'empty');
    mkdirSync(dir);
    await writeReport(dir, REPORT);
    expect(readdirSync(dir)).toContain('index.html');
  });
});
