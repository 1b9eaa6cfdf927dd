// The report as one HTML page that needs nothing else: every chart's SVG inlined, no script, no
// stylesheet or font fetched, and under each chart a table of its stamp and links to its files.
import { overridesText } from './stamp.js';
import type { Report, ReportStamp } from './types.js';

export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const STYLE = `
body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
section { margin: 2.5rem 0; }
figure { margin: 0; }
table.stamp { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.5rem; }
table.stamp th, table.stamp td { text-align: left; padding: 0.15rem 0.8rem 0.15rem 0; vertical-align: top; }
table.stamp td { font-family: 'DejaVu Sans Mono', monospace; word-break: break-all; }
.files { font-size: 0.85rem; color: #555; }`;

function stampTable(stamp: ReportStamp): string {
  const rows: [string, string][] = [
    ['command', stamp.command],
    ['scenario', stamp.scenario],
    ['scenario hash', stamp.scenarioHash],
    ['overrides', overridesText(stamp.overrides)],
    ['seed', stamp.seed],
    ['runs', String(stamp.runs)],
    ['forum-sim version', stamp.version],
  ];
  const body = rows
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('\n');
  return `<table class="stamp">\n${body}\n</table>`;
}

/** Ids made unique to one chart, so that two inlined SVGs' clip paths or stamps never clash. */
export function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}

/** `svgs[i]` is section i's chart, as written to chart-(i+1).svg. */
export function reportHtml(report: Report, svgs: readonly string[]): string {
  const sections = report.sections.map((section, i) => {
    const n = i + 1;
    const text = section.text ? `<p>${escapeHtml(section.text)}</p>\n` : '';
    return `<section id="chart-${n}">
<h2>${escapeHtml(section.title)}</h2>
${text}<figure class="chart">${scopeIds(svgs[i]!, `chart-${n}-`)}</figure>
${stampTable(section.stamp)}
<p class="files">Files: <a href="chart-${n}.svg">chart-${n}.svg</a>, <a href="chart-${n}.png">chart-${n}.png</a>; the numbers are in <a href="report.json">report.json</a>.</p>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
${sections.join('\n')}
</body>
</html>
`;
}
