// How much of what happened at an earlier meeting still carries: halved every `halfLife` days, and
// several marks on the same thing combined as independent chances (1 - product of 1 - w), so the
// total stays within 0..1 and never falls when a mark is added or grows.
import type { ChannelSetting, Mark } from './types.js';

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** exp(-ln2 * days / halfLife). */
export function decay(days: number, halfLife: number): number {
  return Math.exp((-Math.LN2 * days) / halfLife);
}

export interface Carried {
  /** 0..1: the marks combined, each decayed to `date`. */
  weight: number;
  marks: Mark[];
}

export function carriedWeight(marks: readonly Mark[], date: string, setting: ChannelSetting): Carried {
  let kept = 1;
  for (const m of marks) kept *= 1 - Math.min(1, m.amount) * decay(daysBetween(m.date, date), setting.halfLife);
  return { weight: 1 - kept, marks: [...marks] };
}

/** The reasons of the marks behind a carried value, each with what is left of it by `date`. */
export function reasonOf(carried: Carried, date: string, setting: ChannelSetting): string {
  return carried.marks
    .map((m) => {
      const days = daysBetween(m.date, date);
      return `${m.reason} (${days} day(s) before, carries ${(m.amount * decay(days, setting.halfLife)).toFixed(2)})`;
    })
    .join('; ');
}
