// What the seed prompt takes: a whole number, or S/i, the seed of run i of a sweep from seed S (as
// deriveSeed writes it, so a run seen in a sweep can be replayed here). Keys typed fast and pasted
// text arrive as several characters at once.

/** The seeds the prompt runs: `7`, `7/12`, and a sweep's run of a run, `7/12/3`. */
const SEED_FORM = /^\d+(?:\/\d+)*$/;
/** Longer seeds than this are cut: the header has to show it. */
export const MAX_SEED_LENGTH = 32;

const FORM_HINT = 'a number, or S/i for run i of a sweep';

/** What the text typed so far becomes with `input`, why any of it was refused, and whether it ended in a newline (a paste that runs). */
export function readSeed(text: string, input: string): { text: string; problem: string | null; submit: boolean } {
  const submit = /[\r\n]$/.test(input);
  const typed = input.replace(/\s+/g, '');
  if (/[a-z]/i.test(typed)) return { text, problem: `letters are not seeds (${FORM_HINT})`, submit: false };
  const other = /[^\d/]/.exec(typed);
  if (other) return { text, problem: `"${other[0]}" is not part of a seed (${FORM_HINT})`, submit: false };
  return { text: (text + typed).slice(0, MAX_SEED_LENGTH), problem: null, submit };
}

/** Why `text` cannot run as a seed, or null when it can. */
export function seedProblem(text: string): string | null {
  return SEED_FORM.test(text) ? null : `"${text}" is not a seed (${FORM_HINT})`;
}
