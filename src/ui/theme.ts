// Stance symbols that read without colour, and colours that switch off under NO_COLOR.
import type { Stance } from '../domain/types.js';

export const STANCE_MARK: Record<Stance, { symbol: string; short: string; color: string }> = {
  supporting: { symbol: '+', short: 'support', color: 'green' },
  seekingAmendment: { symbol: '~', short: 'amend', color: 'yellow' },
  objecting: { symbol: '!', short: 'object', color: 'magenta' },
  blocking: { symbol: 'X', short: 'BLOCK', color: 'red' },
  walkedOut: { symbol: '<', short: 'left', color: 'gray' },
  absent: { symbol: '-', short: 'absent', color: 'gray' },
  reviewing: { symbol: '?', short: 'review', color: 'cyan' },
};

export interface Theme {
  color(name: string): string | undefined;
}

export function makeTheme(noColor: boolean): Theme {
  return { color: (name) => (noColor ? undefined : name) };
}
