// The sweep's progress line on a terminal: a bar, runs done, the rate and the time left.
import { ttyProgress } from './progress.js';
import type { Io } from './runCommand.js';

const WIDTH = 24;
/** Least time between repaints. */
const REPAINT_MS = 100;

export function formatProgress(done: number, total: number, perSecond: number | null, label = 'sweep'): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
  const rate = perSecond && perSecond > 0 ? `${Math.round(perSecond)} runs/s` : '- runs/s';
  const eta = perSecond && perSecond > 0 ? `ETA ${duration((total - done) / perSecond)}` : 'ETA -';
  return `${label} ${bar} ${done}/${total} (${Math.floor(100 * share)}%) ${rate} ${eta}`;
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * A progress callback for a terminal, or null when stderr is not one. The rate counts only the
 * runs of this session (not those resumed from the file). `now` is the clock, in ms; `label`
 * names the command (sweep, compare).
 */
export function sweepProgress(
  io: Io,
  write: ((text: string) => void) | null = ttyProgress(io),
  now: () => number = Date.now,
  label = 'sweep',
): { update: (done: number, total: number) => void; clear: () => void } | null {
  if (!write) return null;
  let start: { at: number; done: number } | null = null;
  let painted = -Infinity;
  return {
    update(done, total) {
      const at = now();
      start ??= { at, done };
      if (at - painted < REPAINT_MS && done < total) return;
      painted = at;
      const seconds = (at - start.at) / 1000;
      write(formatProgress(done, total, seconds > 0 ? (done - start.done) / seconds : null, label));
    },
    clear: () => write(''),
  };
}
