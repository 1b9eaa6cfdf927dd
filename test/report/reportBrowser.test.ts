// End to end: the report's index.html opened in headless Chromium (Debian's package) draws every
// chart: no console error, no request for anything outside the page, and a screenshot that is not blank.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/report/render.js';
import { writeReport } from '../../src/report/writeReport.js';
import { REPORT } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
// In CI the browser must be there (.ci/run installs it): a missing one fails the test, never skips it.
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`reportBrowser.test.ts: SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`);

/** Standard deviation of the grey levels of a PNG screenshot's pixels, decoded by resvg via an SVG <image>. */
async function pixelSpread(png: Buffer): Promise<number> {
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="white"/><image width="64" height="64" preserveAspectRatio="none" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
  ).render();
  const rgba = image.pixels;
  const greys: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) greys.push((rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3);
  const mean = greys.reduce((a, g) => a + g, 0) / greys.length;
  return Math.sqrt(greys.reduce((a, g) => a + (g - mean) ** 2, 0) / greys.length);
}

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  it('draws every chart, with no console error and no request outside the page', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'forum-sim-report-browser-')), 'report');
    await writeReport(dir, REPORT);
    // A fresh profile (Playwright passes it as --user-data-dir).
    const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'forum-sim-chromium-')), {
      executablePath: CHROMIUM,
      viewport: { width: 1000, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
      });
      await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });

      const charts = page.locator('figure.chart > svg');
      expect(await charts.count()).toBe(REPORT.sections.length);
      for (let i = 0; i < REPORT.sections.length; i++) {
        const chart = charts.nth(i);
        const box = await chart.boundingBox();
        expect(box!.width, `chart ${i + 1} width`).toBeGreaterThan(200);
        expect(box!.height, `chart ${i + 1} height`).toBeGreaterThan(100);
        // A blank (all white) chart has no spread of grey levels; a drawn one has bars, text, axes.
        expect(await pixelSpread(await chart.screenshot()), `chart ${i + 1}`).toBeGreaterThan(5);
      }
      // The control: a white picture measures as blank, so the check above can fail.
      const white = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="white"/></svg>`;
      expect(await pixelSpread(renderPng(white))).toBeLessThan(1);
      expect(await page.locator('table.stamp').count()).toBe(REPORT.sections.length);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
