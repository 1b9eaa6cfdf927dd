// A section's chart as SVG (Vega-Lite compiled to Vega, drawn by Vega's headless View: no browser,
// no canvas) and as PNG (the SVG rasterised by resvg, a prebuilt native renderer).
import { Resvg } from '@resvg/resvg-js';
import { parse, View, type Spec } from 'vega';
import { compile } from 'vega-lite';
import { sectionSpec } from './chartSpec.js';
import { stampLines } from './stamp.js';
import type { ReportSection } from './types.js';

/** PNG pixels per SVG pixel: sharp enough for a printed page. */
const PNG_ZOOM = 2;

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function renderSvg(section: ReportSection): Promise<string> {
  // A copy: Vega tags the data objects it is given (a symbol id), and these are the caller's.
  const spec = JSON.parse(JSON.stringify(compile(sectionSpec(section)).spec)) as Spec;
  const view = new View(parse(spec), { renderer: 'none' });
  try {
    return withStamp(await view.toSVG(), section);
  } finally {
    view.finalize();
  }
}

/**
 * The stamp in the SVG itself, for a file copied without its page: a <title>, a <desc> in words and
 * a <metadata> element holding the stamp as JSON (id `forum-sim-stamp`), right after the root tag.
 */
export function withStamp(svg: string, section: ReportSection): string {
  const rootEnd = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  if (rootEnd <= 0) throw new Error('vega produced no <svg> root');
  const stamp =
    `<title>${xmlEscape(section.title)}</title>` +
    `<desc>${xmlEscape(stampLines(section.stamp).join('\n'))}</desc>` +
    `<metadata id="forum-sim-stamp">${xmlEscape(JSON.stringify(section.stamp))}</metadata>`;
  return svg.slice(0, rootEnd) + stamp + svg.slice(rootEnd);
}

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: PNG_ZOOM }, font: { loadSystemFonts: true } }).render().asPng();
}
