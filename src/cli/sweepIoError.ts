// A sweep file that cannot be read or written (read-only filesystem, no permission, disk full):
// exit 74 with one line naming the file and the system's reason, never an internal error (70).
import { safeText } from '../present/safeText.js';
import { describeWriteError } from './streams.js';

export class SweepIoError extends Error {
  constructor(file: string, action: 'read' | 'write', error: unknown) {
    super(`cannot ${action} ${safeText(file)}: ${describeWriteError(error)}`);
    this.name = 'SweepIoError';
  }
}

/** True for an error from the system (it has an errno code such as EROFS), not a bug of ours. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
