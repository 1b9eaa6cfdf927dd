// A catalogue is read from its own folder only: issues.yaml and actors/*.yaml must be files inside
// it once every link is followed. A link out (issues.yaml -> a password file) would otherwise have the
// loader read that file and quote it back in its error messages.
import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { Problem } from './errors.js';

/** The problem with reading `file` as part of the catalogue in `dir`, or undefined when it is inside. */
export function outsideCatalogue(dir: string, file: string): Problem | undefined {
  let realDir: string;
  let realFile: string;
  try {
    realDir = realpathSync(dir);
    realFile = realpathSync(file);
  } catch {
    // Missing or unreadable: the read that follows reports it, as for any file.
    return undefined;
  }
  const inside = realFile.startsWith(realDir.endsWith(sep) ? realDir : realDir + sep);
  if (inside) return undefined;
  // The target is not named: where a link points can itself be private.
  return {
    file,
    path: '',
    message: 'is a link to a file outside the catalogue folder: catalogue files must be inside it',
  };
}
