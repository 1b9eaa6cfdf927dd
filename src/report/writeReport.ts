// `--report DIR`: the report's folder: index.html (charts inlined), chart-N.svg and chart-N.png per
// section, report.json (the numbers) and a marker naming the files. A folder that is not empty is
// written into only when its marker says a previous report made it, so nothing the user had is lost.
import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { replaceWithBytes } from '../analysis/fileReplace.js';
import { reportHtml } from './html.js';
import { renderPng, renderSvg } from './render.js';
import { claimReportFolder, REPORT_MARKER, type Marker } from './reportFolder.js';
import type { Report } from './types.js';

/** Renders every chart, then writes the folder; returns the files written, index.html first. */
export async function writeReport(dir: string, report: Report): Promise<string[]> {
  // Everything is rendered before the folder is touched: a chart that fails leaves no half report.
  const svgs = await Promise.all(report.sections.map((section) => renderSvg(section)));
  const files = new Map<string, Buffer>([['index.html', Buffer.from(reportHtml(report, svgs))]]);
  svgs.forEach((svg, i) => {
    files.set(`chart-${i + 1}.svg`, Buffer.from(svg));
    files.set(`chart-${i + 1}.png`, renderPng(svg));
  });
  files.set('report.json', Buffer.from(`${JSON.stringify(report, null, 2)}\n`));

  const previous = claimReportFolder(dir);
  const names = [...files.keys()];
  // The marker first, naming old and new files: a report cut short is still known as one, and
  // every file in the folder that a report made is listed, so the next report may replace it.
  writeMarker(dir, [...new Set([...names, ...previous])]);
  for (const [name, bytes] of files) replaceWithBytes(join(dir, name), bytes);
  // A previous report's charts that this one has no counterpart for (it had more sections).
  for (const name of previous) if (!files.has(name) && existsSync(join(dir, name))) unlinkSync(join(dir, name));
  writeMarker(dir, names);
  return names.map((name) => join(dir, name));
}

function writeMarker(dir: string, files: string[]): void {
  replaceWithBytes(
    join(dir, REPORT_MARKER),
    Buffer.from(`${JSON.stringify({ forumSimReport: 1, files } satisfies Marker)}\n`),
  );
}
