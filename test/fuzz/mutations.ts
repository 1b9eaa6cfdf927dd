// The fuzz's generator: fast-check arbitraries of mutation plans over the built-in scenario files.
// Shared by the property test (scenarioFiles.prop.test.ts) and `npm run fuzz` (fuzz.ts).
//
// Sizes are bounded so that every case stays quick: strings up to 50 000 characters, nesting up to
// 600 levels, flow collections up to 3 000 entries, alias bombs of up to 12 levels (the yaml
// package's alias limit stops them). Nesting stops at 600 because about a thousand levels overflow
// the stack inside the yaml package, which then reports "Maximum call stack size exceeded" or not
// depending on how warm the JIT is, and after a few overflows in one process V8 has been seen to
// abort it ("RegExpCompiler Allocation failed"): a crash a test run cannot survive.
import * as fc from 'fast-check';
import type { CasePlan, Layout, Mutation, Value } from './apply.js';
import { corpus } from './corpus.js';

export type { CasePlan, Mutation } from './apply.js';

const ESC = '\u001b';

/** Control characters, bidi overrides, line and paragraph separators, BOM, lone surrogates. */
// prettier-ignore
const CONTROL = [
  ESC, `${ESC}[2J${ESC}[H`, `${ESC}]0;pwned\u0007`, `${ESC}[31m`, '\u0000', '\u0007', '\u0008', '\u000b', '\u000c',
  '\r', '\n', '\r\n', '\t', '\u007f', '\u0085', '\u009b', '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u2028',
  '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\ud800', '\udfff', '\ufffd',
];

const UNICODE = ['Ω', 'Бруней', 'ブルネイ', '🦆', '👩‍👩‍👧', 'e\u0301', 'שלום', 'مرحبا', 'ｆｕｌｌ', 'İı', 'ß', '𝔘𝔫𝔦'];

/** Names that are properties of every JavaScript object (or its prototype). */
// prettier-ignore
const PROTO_KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'toLocaleString', '__defineGetter__',
];

// prettier-ignore
const YAML_SPECIAL = [
  '#', ':', ': ', '"', "'", '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '? ', '- ', '---', '...',
];

// prettier-ignore
const SCALARS = [
  // types
  'null', '~', 'true', 'false', 'yes', 'no', 'on', 'off', 'Y', '""', "''", '"0.5"', '"null"', '"1"',
  '[]', '{}', '[a, b]', '[1, 2]', '{a: 1}', '[[]]', '[null]', '[~, ~]', '{? a}', '[{}]', '{omit: omit}',
  // numbers: bounds, out of range, odd notations
  '0', '-0', '1', '-1', '0.5', '2', '50', '51', '1.5', '-0.5', '0.9999999999999999', '1e-300', '5e-324',
  '1e309', '-1e309', '.inf', '-.inf', '.nan', '.NaN', '1e-400', '9007199254740993', '123456789012345678901234567890',
  '0x1F', '0o17', '0b101', '1_000', '+12', '012', '1e3', '0.',
  // dates and times
  '2022-08-05', '2022-13-45', '2001-12-14t21:59:43.10-05:00', '12:30:00',
  // ids and words of the files, and catalogue folders
  'omit', 'USA', 'BRN', 'KHM', '[USA]', '[KHM]', 'ukraine', 'consensus', 'assumed', 'none', 'security-council',
  '.', '..', '../..', '/', 'actors', 'record', 'issues.yaml', '/dev/null', '/nonexistent',
  // YAML syntax out of place
  '|', '>', '|-', '- x', '? x', ': x', '!', '&', '*', '@x', '`x`', '%x', 'a: b', 'a #b', '"unterminated', "'x",
  '[a', '{a', 'a]', '}',
];

// prettier-ignore
const TAGGED = [
  '!!js/function "function () { return process.exit(1) }"', '!!js/undefined ""', '!!js/regexp /x/g',
  '!!python/object/apply:os.system ["echo pwned"]', '!evil x', '!evil', '!evil [1]', '!evil {a: 1}',
  '!!binary aGVsbG8=', '!!binary "not base64 ***"', '!!str 1', '!!str', '!!int x', '!!int 1', '!!int 1e309',
  '!!float 1', '!!float x', '!!bool yes', '!!bool x', '!!null x', '!!map {a: 1}', '!!map [1]', '!!seq [1]',
  '!!seq {a: 1}', '!!set {a, b}', '!!omap [{a: 1}]', '!!pairs [{a: 1}, {a: 2}]', '!!timestamp 2001-12-14',
  '!!timestamp x', '!<tag:yaml.org,2002:str> x', '!<tag:evil.example,2024:x> y', '!e!x y', '!<!> x', '! x',
];

function quoted(text: string): string {
  // JSON is YAML's double-quoted style: control characters arrive as escapes, decoded by the parser.
  return JSON.stringify(text);
}

/** Text with the characters above, raw or escaped, in a plain, double- or single-quoted scalar. */
const trickyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CONTROL, ...UNICODE, ...YAML_SPECIAL),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const LONG = { min: 1_000, max: 50_000 };
const MANY = { min: 100, max: 3_000 };

const longText = fc.oneof(
  fc.integer(LONG).map((n) => 'x'.repeat(n)),
  fc.integer(LONG).map((n) => quoted('ab '.repeat(n / 3))),
  fc.integer(LONG).map((n) => `'${'é'.repeat(n)}'`),
  fc.integer(LONG).map((n) => '9'.repeat(n)),
  fc.integer(MANY).map((n) => `[${Array(n).fill('1').join(', ')}]`),
  fc.integer(MANY).map((n) => `{${Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join(', ')}}`),
);

const DEPTH = { min: 20, max: 600 };

const deepText = fc.oneof(
  fc.integer(DEPTH).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer(DEPTH).map((n) => '['.repeat(n)),
  fc.integer(DEPTH).map((n) => '{a: '.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer(DEPTH).map((n) => '[{a: '.repeat(n) + '1' + '}]'.repeat(n)),
  fc.integer(DEPTH).map((n) => ']'.repeat(n)),
);

/** Flow text for a value: every YAML type, odd numbers, tags, aliases, control characters, sizes. */
export const flowValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGGED) },
  { weight: 1, arbitrary: fc.constantFrom('*fz', '*nothing', '&fz x', '&fz [*fz]', '&fz {a: *fz}', '&a &b x') },
  { weight: 2, arbitrary: fc.double().map((x) => String(x)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 2, arbitrary: trickyText.map(quoted) },
  { weight: 2, arbitrary: trickyText.map((t) => `"${t}"`) },
  { weight: 2, arbitrary: trickyText.map((t) => `a${t}b`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: deepText },
);

const blockKind = fc.constantFrom('list', 'map', 'literal') as fc.Arbitrary<'list' | 'map' | 'literal'>;

const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: flowValue.map((flow) => ({ flow })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(blockKind, fc.array(flowValue, { minLength: 1, maxLength: 3 }))
      .map(([block, items]) => ({ block, items: block === 'map' ? items.map((v, i) => `k${i}: ${v}`) : items })),
  },
  // Nested block lists on one line: `- - - - x`.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2, max: 200 }).map((n) => ({ block: 'list' as const, items: ['- '.repeat(n) + 'x'] })),
  },
);

// prettier-ignore
const ODD_KEYS = [
  '"__proto__"', '? x', '[a, b]', '{a: 1}', '~', 'null', '1', '0.5', '""', '<<', '!!js/function f', '&k key', '*k',
  '!evil k', 'a b', 'a.b', 'id', 'extends', 'abstract', 'catalogue', 'profiles', 'issues',
];

/** Keys: JavaScript's special ones, YAML's odd ones (complex, tagged, null), control characters, long. */
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) },
  { weight: 2, arbitrary: trickyText.map(quoted) },
  { weight: 1, arbitrary: trickyText.map((t) => `k${t}k`) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 3_000 }).map((n) => 'k'.repeat(n)) },
);

/** New names for an id renamed in every file: still valid ids (JavaScript's names, another id) or not. */
const renameTo: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom('then', 'length', 'name', 'omit', 'BRN', 'USA', 'ukraine', 'trade', 'x') },
  { weight: 1, arbitrary: fc.constantFrom('', 'a b', 'a:b', 'a#b', '-a', 'a.b', '1', 'null', 'true', '.inf', '"q"') },
  { weight: 2, arbitrary: trickyText.map((t) => `A${t}B`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => 'A'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
);

// prettier-ignore
const BYTES = [
  [0xff], [0xc3], [0xe2, 0x80], [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0x00], [0x1b], [0x80],
];

// prettier-ignore
const WRAPS: [string, string][] = [
  ['%YAML 1.1\n---\n', ''], ['%YAML 2.0\n---\n', ''], ['%TAG !e! tag:evil.example,2024:\n---\n', ''],
  ['--- !!set\n', ''], ['--- !evil\n', ''], ['---\n', '\n...\n'], ['', '\n---\nsecond: document\n'],
  ['', '\n...\njunk after the end\n'], ['\ufeff', ''], ['\ufeff\ufeff', ''], ['# only a comment\n', ''], ['? ', ''],
  ['- ', ''], ['[', ']'], ['{', '}'], ['"', '"'], ['|\n', ''], ['&top ', ''], ['!!map ', ''], ['!!seq ', ''],
  ['', '\n<<: {id: x}\n'], ['\t', ''], ['\r', ''],
];

// prettier-ignore
const REPLACEMENTS = [
  '', ' ', '\n', '\n\n# comment\n', '---', '...', 'null', '~', '[]', '{}', '- a\n- b', 'just a string', '42',
  '!!binary aGVsbG8=', '\u0000', '\ufeff', '&a *a', '*a', 'profiles:', 'issues:', 'issues: {}', 'profiles: {}',
  'profiles: []', 'issues: ~', 'id: x',
];

// prettier-ignore
const LAYOUTS: Layout[] = [
  'noIssues', 'issuesDir', 'noActors', 'actorsFile', 'actorDir', 'emptyActor', 'copyActor', 'ymlActor',
  'hiddenActor', 'forumAsActor',
];

/** A mutation of one file of a case (or of every file, for a rename, or of the folder's layout). */
export function mutation(): fc.Arbitrary<Mutation> {
  const { catalogue } = corpus();
  const file = fc.oneof(
    { weight: 5, arbitrary: fc.constant('forum') },
    { weight: 2, arbitrary: fc.constant('issues.yaml') },
    { weight: 3, arbitrary: fc.constantFrom(...catalogue.filter((rel) => rel.startsWith('actors/'))) },
  );
  const at = fc.nat();
  const op = <T extends Mutation['op']>(name: T) => fc.constant(name);
  const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({
    weight,
    arbitrary: arbitrary as fc.Arbitrary<Mutation>,
  });
  const where = fc.constantFrom('anywhere', 'key', 'quoted', 'value') as fc.Arbitrary<
    'anywhere' | 'key' | 'quoted' | 'value'
  >;
  const idKind = fc.constantFrom('actor', 'issue', 'rung') as fc.Arbitrary<'actor' | 'issue' | 'rung'>;
  const level = fc.integer({ min: 2, max: 12 });
  const wrap = fc.constantFrom(...WRAPS).map(([before, after]) => ({ before, after }));
  return fc.oneof(
    w(5, fc.record({ op: op('setValue'), file, at, value })),
    w(3, fc.record({ op: op('replaceWord'), file, at, text: flowValue })),
    w(2, fc.record({ op: op('deleteKey'), file, at })),
    w(2, fc.record({ op: op('duplicateKey'), file, at, value: fc.option(value, { nil: undefined }) })),
    w(2, fc.record({ op: op('renameKey'), file, at, key })),
    w(2, fc.record({ op: op('insertKey'), file, at, key, value })),
    w(3, fc.record({ op: op('insertText'), file, at, where, text: trickyText })),
    w(3, fc.record({ op: op('rename'), kind: idKind, at, to: renameTo })),
    w(1, fc.record({ op: op('cut'), file, at })),
    w(1, fc.record({ op: op('bytes'), file, at, bytes: fc.constantFrom(...BYTES) })),
    w(1, fc.record({ op: op('alias'), file, from: at, to: at, self: fc.boolean() })),
    w(1, fc.record({ op: op('aliasBomb'), file, at, levels: level, width: level })),
    w(
      1,
      fc.tuple(file, wrap).map(([file, { before, after }]) => ({ op: 'wrap' as const, file, before, after })),
    ),
    w(1, fc.record({ op: op('replaceFile'), file, text: fc.constantFrom(...REPLACEMENTS) })),
    w(1, fc.record({ op: op('layout'), at, layout: fc.constantFrom(...LAYOUTS) })),
  );
}

/** A case: one forum file (built-in or record) with its catalogue, and one to three mutations. */
export function casePlans(): fc.Arbitrary<CasePlan> {
  return fc.record({
    forum: fc.constantFrom(...corpus().forums),
    mutations: fc.array(mutation(), { minLength: 1, maxLength: 3 }),
  });
}
