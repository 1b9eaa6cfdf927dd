import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so equal data always serialises to equal bytes. Written out by
 * hand rather than as a JSON.stringify replacer, which copied and re-sorted every object: the
 * scenario hash is taken on each load, on the start-up path.
 */
export function stableStringify(value: unknown): string {
  return write(value, true) ?? (undefined as unknown as string);
}

/** The JSON of `value`, or undefined where JSON.stringify leaves it out (in objects) or writes null (in arrays). */
function write(value: unknown, top = false): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return write((value as { toJSON: () => unknown }).toJSON(), top);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const keys = sortedKeys(value);
  const fields: string[] = [];
  for (const key of keys) {
    const text = write((value as Record<string, unknown>)[key]);
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${fields.join(',')}}`;
}

/**
 * Keys sorted as the original did it (sorted entries put back into an object): integer-like keys
 * first in numeric order, as JavaScript always orders them and as Object.keys gives them, then the
 * rest sorted by UTF-16 code units.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  let indices = 0;
  while (indices < keys.length && isArrayIndex(keys[indices]!)) indices++;
  return indices === 0 ? keys.sort() : keys.slice(0, indices).concat(keys.slice(indices).sort());
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
