// Which folder a report may be written to: a new one, an empty one, or one a previous report made
// (its marker file lists the files it wrote, the only ones a new report may replace or remove).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../scenario/errors.js';

/** The marker's name: its presence says the folder's files are a report's, safe to replace. */
export const REPORT_MARKER = '.forum-sim-report';

export interface Marker {
  forumSimReport: 1;
  files: string[];
}

/**
 * Throws InputError (exit 2) unless `dir` is missing, empty or a previous report's; returns that
 * report's files. Checked before a command starts its runs, and again when the report is written.
 */
export function checkReportFolder(dir: string): string[] {
  const refuse = (message: string) => new InputError([{ file: dir, path: '', message }]);
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) throw refuse('--report expects a folder, and this is a file: give a new folder');
  const entries = readdirSync(dir);
  if (entries.length === 0) return [];
  if (!entries.includes(REPORT_MARKER))
    throw refuse(
      `--report: the folder is not empty and holds no earlier report (no ${REPORT_MARKER} file): a report never writes over files it did not make; give a new or empty folder`,
    );
  return markedFiles(join(dir, REPORT_MARKER));
}

/** The folder checked and created if missing; returns the previous report's files. */
export function claimReportFolder(dir: string): string[] {
  const previous = checkReportFolder(dir);
  mkdirSync(dir, { recursive: true });
  return previous;
}

/** Plain file names from the marker; anything else in it is ignored, never followed. */
function markedFiles(marker: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(marker, 'utf8')) as Partial<Marker>;
    const files = Array.isArray(parsed.files) ? (parsed.files as unknown[]) : [];
    return files.filter((f): f is string => typeof f === 'string' && /^[\w.-]+$/.test(f) && !f.startsWith('.'));
  } catch (error) {
    if (error instanceof SyntaxError) return [];
    throw error;
  }
}
