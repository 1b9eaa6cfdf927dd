// The cache family's generator (cacheEntries.ts runs the cases): edits to the build's YAML cache, an
// entry picked among those of the files `run arf-2022` reads (`keys`) by a number taken modulo them.
import * as fc from 'fast-check';
import { MAX_CACHE_BYTES } from '../../src/scenario/yamlCache.js';

export type CacheMutation =
  | { op: 'editNumber'; entry: number; field: 'data' | 'valid'; at: number; value: string }
  /** Every number of the entry, in its data and validated data alike: values anyone would notice. */
  | { op: 'editAll'; entry: number; value: string }
  | { op: 'entryField'; entry: number; field: 'data' | 'valid' | 'check'; json: string }
  | { op: 'entry'; entry: number; json: string }
  | { op: 'swapEntries'; a: number; b: number }
  | { op: 'top'; key: 'code' | 'entries'; json: string }
  | { op: 'cut'; at: number }
  | { op: 'bytes'; at: number; bytes: readonly number[] }
  | { op: 'oversize' };

export interface CachePlan {
  mutations: CacheMutation[];
}

// prettier-ignore
const NUMBERS = ['0.99', '0', '1', '-5', '1e308', '"x"', 'null', '[]', '{}', '0.30000000000000004'];
// prettier-ignore
const TEXTS = ['"{not json"', '""', '"null"', '"[]"', '"1e999"', `"${'['.repeat(5_000)}"`, '42', 'null', '{}', '{"forum":"{}"}', '{"__proto__":"{}"}', '{"actors":1}'];
// prettier-ignore
const ENTRIES = ['42', 'null', '"x"', '[]', 'true', '{}', '{"data":"{}","valid":{},"check":""}'];
// prettier-ignore
const TOPS = ['null', '[]', '"x"', '{}', '0', '{"__proto__":{}}'];

export function cachePlans(): fc.Arbitrary<CachePlan> {
  const entry = fc.nat();
  const mutation: fc.Arbitrary<CacheMutation> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('editNumber' as const),
        entry,
        field: fc.constantFrom('data' as const, 'valid' as const),
        at: fc.nat(),
        value: fc.constantFrom(...NUMBERS),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('entryField' as const),
        entry,
        field: fc.constantFrom('data' as const, 'valid' as const, 'check' as const),
        json: fc.constantFrom(...TEXTS),
      }),
    },
    fc.record({ op: fc.constant('editAll' as const), entry, value: fc.constantFrom('0', '1', '0.5') }),
    fc.record({ op: fc.constant('entry' as const), entry, json: fc.constantFrom(...ENTRIES) }),
    fc.record({ op: fc.constant('swapEntries' as const), a: entry, b: entry }),
    fc.record({
      op: fc.constant('top' as const),
      key: fc.constantFrom('code' as const, 'entries' as const),
      json: fc.constantFrom(...TOPS),
    }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('bytes' as const),
      at: fc.nat(),
      bytes: fc.constantFrom([0xff], [0xc3], [0x00], [0x22], [0x7d]),
    }),
    { weight: 1, arbitrary: fc.constant({ op: 'oversize' as const }) },
  );
  return fc.record({ mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });
}

type Entries = Record<string, unknown>;

function editEntries(text: string, m: CacheMutation, keys: string[]): string {
  let cache: { entries: Entries };
  try {
    cache = JSON.parse(text) as { entries: Entries };
    if (cache === null || typeof cache !== 'object' || cache.entries === null || typeof cache.entries !== 'object')
      return text;
  } catch {
    return text; // broken by an earlier mutation
  }
  const key = (n: number) => keys[n % keys.length]!;
  const entries = cache.entries;
  const entryOf = (n: number) => entries[key(n)] as Record<string, unknown> | undefined;
  const set = (target: object, name: string, value: unknown) =>
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  if (m.op === 'editNumber' || m.op === 'editAll') {
    const entry = entryOf(m.entry);
    if (!entry || typeof entry !== 'object') return text;
    const NUMBER = /(?<=[:[,])-?\d+(\.\d+)?([eE][+-]?\d+)?(?=[,\]}])/g;
    const edit = (json: unknown) => {
      if (typeof json !== 'string') return json;
      if (m.op === 'editAll') return json.replace(NUMBER, m.value);
      const numbers = [...json.matchAll(NUMBER)];
      if (numbers.length === 0) return json;
      const hit = numbers[m.at % numbers.length]!;
      return json.slice(0, hit.index) + m.value + json.slice(hit.index! + hit[0].length);
    };
    if (m.op === 'editAll' || m.field === 'data') entry.data = edit(entry.data);
    if (entry.valid && typeof entry.valid === 'object') {
      const valid = entry.valid as Record<string, unknown>;
      const kinds = Object.keys(valid).filter(
        (kind, i) => m.op === 'editAll' || (m.field === 'valid' && i === m.at % Object.keys(valid).length),
      );
      for (const kind of kinds) valid[kind] = edit(valid[kind]);
    }
  } else if (m.op === 'entryField') {
    const entry = entryOf(m.entry);
    if (entry && typeof entry === 'object') set(entry, m.field, JSON.parse(m.json));
  } else if (m.op === 'entry') set(entries, key(m.entry), JSON.parse(m.json));
  else if (m.op === 'swapEntries') [entries[key(m.a)], entries[key(m.b)]] = [entries[key(m.b)], entries[key(m.a)]];
  else if (m.op === 'top') set(cache, m.key, JSON.parse(m.json));
  return JSON.stringify(cache);
}

export function applyCachePlan(pristine: string, plan: CachePlan, keys: string[]): Buffer {
  let bytes = Buffer.from(pristine);
  for (const m of plan.mutations) {
    if (m.op === 'cut') bytes = bytes.subarray(0, m.at % (bytes.length + 1));
    else if (m.op === 'bytes') {
      const at = m.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    } else if (m.op === 'oversize')
      // Trailing blanks: still JSON, so only the size cap keeps it from being read.
      bytes = Buffer.concat([bytes, Buffer.alloc(Math.max(0, MAX_CACHE_BYTES + 1 - bytes.length), 0x20)]);
    else bytes = Buffer.from(editEntries(bytes.toString('utf8'), m, keys));
  }
  return bytes;
}
