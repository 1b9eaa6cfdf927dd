// A chart's stamp in words: the lines under its title, so a chart pasted alone still says what
// produced it (the same stamp is in the SVG's metadata and the HTML page's table).
import type { ReportStamp } from './types.js';

/** Characters of the hash shown: enough to tell scenarios apart, short enough for a subtitle. */
export const HASH_PREFIX = 12;
/** Longest subtitle line before the overrides wrap onto another. */
const LINE = 110;

export function overridesText(overrides: ReportStamp['overrides']): string {
  const entries = Object.entries(overrides);
  return entries.length === 0 ? 'none' : entries.map(([path, value]) => `${path}=${value}`).join(', ');
}

/** `sweep arf-2022 · hash 1a2b3c4d5e6f · seed 1 · 1000 runs · forum-sim 0.1.0`, then the overrides. */
export function stampLines(stamp: ReportStamp): string[] {
  const head = [
    `${stamp.command} ${stamp.scenario}`,
    `hash ${stamp.scenarioHash.slice(0, HASH_PREFIX)}`,
    `seed ${stamp.seed}`,
    `${stamp.runs} ${stamp.runs === 1 ? 'run' : 'runs'}`,
    `forum-sim ${stamp.version}`,
  ].join(' · ');
  return [head, ...wrap(`overrides: ${overridesText(stamp.overrides)}`)];
}

/** Breaks after a comma so that no line is much longer than LINE. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(/(?<=, )/)) {
    if (line.length > 0 && line.length + part.length > LINE) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += part;
  }
  lines.push(line);
  return lines;
}
