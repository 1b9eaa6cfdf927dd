// Writing a file whole or not at all: built under a temporary name beside it, then renamed over
// it; on any failure the temporary is removed and the target left as it was.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';

/** Writes all of `bytes` (writeSync may write fewer than asked). */
export function writeAllBytes(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/** Runs `build` on a new temporary file named `temporary`, then renames it to `target`. */
export function replaceWhole(target: string, temporary: string, build: (fd: number) => void): void {
  const fd = openSync(temporary, 'wx');
  try {
    build(fd);
    closeSync(fd);
    renameSync(temporary, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    unlinkSync(temporary);
    throw error;
  }
}

/** `bytes` as the whole of `target`, via a temporary beside it named for this process. */
export function replaceWithBytes(target: string, bytes: Buffer): void {
  replaceWhole(target, `${target}.${process.pid}.partial`, (fd) => writeAllBytes(fd, bytes));
}
