// The one way the tool reads a file it is given (forum files, catalogues, --params, --inputs):
// a regular file under a size cap, in UTF-8. It looks before it opens, so /dev/zero, a FIFO or a
// socket is refused without being opened, and reads at most the cap, so a file that grows is too.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError, type Problem } from './errors.js';

export const MAX_FILE_MB_ENV = 'FORUM_SIM_MAX_FILE_MB';
export const DEFAULT_MAX_FILE_MB = 8;
const MB = 1024 * 1024;

/** The cap: FORUM_SIM_MAX_FILE_MB megabytes (a positive number, fractions allowed), else 8 MB. */
export function maxFileMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_FILE_MB_ENV];
  if (raw === undefined || raw === '') return DEFAULT_MAX_FILE_MB;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0 || mb * MB < 1) {
    throw new InputError([
      { file: MAX_FILE_MB_ENV, path: '', message: `expected a positive number of megabytes, got "${raw}"` },
    ]);
  }
  return mb;
}

/** The text of a file, or an InputError naming it: not a regular file, too big, unreadable or not UTF-8. */
export function readTextFile(file: string): string {
  const problem = (message: string, at: Partial<Problem> = {}) => new InputError([{ file, path: '', message, ...at }]);
  const limitMb = maxFileMb();
  const limit = Math.floor(limitMb * MB);
  const refusal = (stats: Stats) => refuse(stats, limit, limitMb);
  let fd: number;
  try {
    // stat follows symlinks: a link to a regular file is fine, a link to /dev/zero is refused here.
    const why = refusal(statSync(file));
    if (why) throw problem(why);
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, open does not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw problem(ioMessage(error));
  }
  let bytes: Buffer;
  try {
    // The descriptor is what is read, so it is what is checked (the path may have changed meanwhile).
    const why = refusal(fstatSync(fd));
    if (why) throw problem(why);
    bytes = readAtMost(fd, limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw problem(ioMessage(error));
  } finally {
    closeSync(fd);
  }
  if (bytes.length > limit) throw problem(tooBig(bytes.length, limitMb, 'more than'));
  return decodeUtf8(bytes, problem);
}

function refuse(stats: Stats, limit: number, limitMb: number): string | undefined {
  if (stats.isDirectory()) return 'is a directory, expected a file';
  if (stats.isFIFO()) return 'is a FIFO, expected a regular file';
  if (stats.isCharacterDevice()) return 'is a character device, expected a regular file';
  if (stats.isBlockDevice()) return 'is a block device, expected a regular file';
  if (stats.isSocket()) return 'is a socket, expected a regular file';
  if (!stats.isFile()) return 'is not a regular file';
  if (stats.size > limit) return tooBig(stats.size, limitMb, '');
  return undefined;
}

function tooBig(size: number, limitMb: number, qualifier: string): string {
  return `is ${qualifier ? `${qualifier} ` : ''}${formatSize(size)}, over the ${limitMb} MB limit (${MAX_FILE_MB_ENV})`;
}

function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Up to limit + 1 bytes: one more than allowed tells a file that grew past the cap since the stat. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) return buffer;
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EAGAIN') return 'is not a regular file (it would block)';
  return `cannot be read (${code ?? String(error)})`;
}

type ProblemAt = (message: string, at?: Partial<Problem>) => InputError;

/** UTF-8 text without its byte-order mark; UTF-16, NUL bytes or invalid UTF-8 are refused with a fix. */
function decodeUtf8(bytes: Buffer, problem: ProblemAt): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes);
  if (utf16) throw problem('UTF-16 is not supported: save the file as UTF-8');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw problem(`has a NUL byte at byte ${nul}: a binary file, not text`);
  try {
    // fatal: a byte that is not UTF-8 is an error, not a silent U+FFFD; the UTF-8 BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problem('is not UTF-8 text: save the file as UTF-8', firstInvalid(bytes));
  }
}

/** ASCII saved as UTF-16 without a byte-order mark: every other byte of the first ones is NUL. */
function looksLikeUtf16(bytes: Buffer): boolean {
  if (bytes.length < 4) return false;
  const [a, b, c, d] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  return (a !== 0 && b === 0 && c !== 0 && d === 0) || (a === 0 && b !== 0 && c === 0 && d !== 0);
}

/** Line and column of the first byte that is not UTF-8, for the message (best effort: a real U+FFFD comes first). */
function firstInvalid(bytes: Buffer): Partial<Problem> {
  const text = new TextDecoder('utf-8').decode(bytes);
  const index = text.indexOf('\uFFFD');
  if (index < 0) return {};
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
