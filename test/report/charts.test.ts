// Each chart kind renders to SVG with the marks its data asks for and the stamp visible and in the
// metadata, and to a PNG.
import { describe, expect, it } from 'vitest';
import { renderPng, renderSvg } from '../../src/report/render.js';
import { HASH_PREFIX, stampLines } from '../../src/report/stamp.js';
import type { Chart } from '../../src/report/types.js';
import { CHARTS, section, STAMP } from './fixtures.js';

/** How many marks of a kind the SVG draws (Vega-Lite labels each with its role). */
const marks = (svg: string, role: string) => svg.split(`aria-roledescription="${role}"`).length - 1;

/** Text drawn in the SVG (a line of multi-line text is a <tspan>), entities decoded. */
const drawnText = (svg: string) =>
  [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)<\/(?:text|tspan)>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  );

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The marks each kind's fixture must produce. */
const EXPECTED: Record<Chart['kind'], Record<string, number>> = {
  outcomes: { bar: 3, errorbar: 3 },
  paired: { point: 2, errorbar: 2 },
  tornado: { bar: 3, tick: 3 },
  sobol: { bar: 4, errorbar: 4 },
  prim: { point: 5, 'line mark': 1 },
  reliability: { point: 3 },
  curve: { point: 4, 'area mark': 1 },
};

describe('each chart kind', () => {
  for (const [kind, chart] of Object.entries(CHARTS)) {
    it(`renders ${kind}: the expected marks, the stamp visible and in the metadata, and a PNG`, async () => {
      const svg = await renderSvg(section(chart));
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      for (const [role, count] of Object.entries(EXPECTED[chart.kind])) expect(marks(svg, role), role).toBe(count);

      const text = drawnText(svg);
      expect(text).toContain(`A ${kind} chart`);
      for (const line of stampLines(STAMP)) expect(text).toContain(line);
      expect(text.join(' ')).toContain(`hash ${STAMP.scenarioHash.slice(0, HASH_PREFIX)}`);
      const metadata = /<metadata id="forum-sim-stamp">([^<]*)<\/metadata>/.exec(svg);
      expect(JSON.parse(metadata![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))).toEqual(STAMP);

      // resvg parses the SVG to draw it: a malformed one would throw here.
      const png = renderPng(svg);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.length).toBeGreaterThan(1000);
    });
  }
});

describe('what the marks say', () => {
  it('tornado: the swings within noise are grey, the others coloured', async () => {
    const svg = await renderSvg(section(CHARTS.tornado));
    const bars = [...svg.matchAll(/aria-roledescription="bar"[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(bars.sort()).toEqual(['#4c78a8', '#4c78a8', '#c7c7c7']);
    expect(drawnText(svg)).toContain('within noise');
  });

  it('prim: the chosen box is annotated with its restrictions', async () => {
    const text = drawnText(await renderSvg(section(CHARTS.prim)));
    expect(text).toContain('USA.patience >= 0.4');
    expect(text).toContain('CHN.patience >= 0.3');
  });

  it('reliability: the diagonal is drawn and each bin says how many cases it holds', async () => {
    const svg = await renderSvg(section(CHARTS.reliability));
    expect(marks(svg, 'rule mark')).toBeGreaterThanOrEqual(1);
    expect(drawnText(svg)).toEqual(expect.arrayContaining(['n=12', 'n=5', 'n=9']));
  });

  it('long overrides wrap onto more subtitle lines, none lost', () => {
    const overrides = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`ACT${i}.patience`, '0.5']));
    const lines = stampLines({ ...STAMP, overrides });
    expect(lines.length).toBeGreaterThan(2);
    for (let i = 0; i < 20; i++) expect(lines.join(' ')).toContain(`ACT${i}.patience=0.5`);
  });
});
