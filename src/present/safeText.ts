// Text from a file on its way to a terminal or a problem line: control characters (C0, DEL, C1),
// the Unicode line and paragraph separators and the bidirectional overrides are shown escaped, so
// a file can carry names and reasons but never terminal commands, forged lines or text that reads
// backwards.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every unsafe character escaped (`\n`, `\x1b`, `\u202e`); safe text is unchanged. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** True when `safeText` would change nothing. */
export function isSafeText(text: string): boolean {
  return safeText(text) === text;
}
