// The forward split (train on the earlier meetings, test on the later ones) and the older
// split-half check (alternate cases by date), kept as a secondary look.

export type Period = 'train' | 'test';
export const PERIODS: readonly Period[] = ['train', 'test'];

/** The default end of the train period: the 2020-2022 meetings are the test. */
export const DEFAULT_TRAIN_UNTIL = '2019-12-31';

/** Train when the case's date is on or before `trainUntil` (ISO dates compare as text). */
export const periodOf = (date: string, trainUntil: string): Period => (date <= trainUntil ? 'train' : 'test');

/** Cases in date order (then id), dealt alternately into halves A and B. */
export function alternateHalves<T extends { date: string; id: string }>(cases: readonly T[]): { A: T[]; B: T[] } {
  const byDate = [...cases].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return { A: byDate.filter((_, i) => i % 2 === 0), B: byDate.filter((_, i) => i % 2 === 1) };
}
