// Typing a letter in a list moves to the next row whose label starts with it, wrapping round, so
// pressing the letter again cycles through every match.

/**
 * The row after `from` (wrapping) whose label starts with `letter` (any case); `from` when none
 * does. Labels that are null are not jump targets.
 */
export function jumpByLetter(labels: readonly (string | null)[], from: number, letter: string): number {
  const wanted = letter.toLowerCase();
  for (let i = 1; i <= labels.length; i++) {
    const at = (from + i) % labels.length;
    if (labels[at]?.toLowerCase().startsWith(wanted)) return at;
  }
  return from;
}

/** Each letter of `letters` in turn (keys typed faster than a frame arrive as one string). */
export function jumpByLetters(labels: readonly (string | null)[], from: number, letters: string): number {
  return [...letters].reduce((at, letter) => jumpByLetter(labels, at, letter), from);
}

/** Whether `input` is letters only: a jump, rather than some other key. */
export const isLetters = (input: string) => /^[a-z]+$/i.test(input);
