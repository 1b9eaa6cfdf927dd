// The factors of an experiment design: a parameter path and the values it may take, either a
// continuous range (`LO..HI`, whole numbers only for a whole-number setting) or a list of levels
// (`a,b,c`). A design works on the unit cube; a factor maps a coordinate u in [0, 1) to a value.

/** A factor as a design's header records it: enough to regenerate every point. */
export type Factor = { path: string; lo: number; hi: number; whole: boolean } | { path: string; levels: string[] };

export const isRange = (factor: Factor): factor is Extract<Factor, { lo: number }> => 'lo' in factor;

/** Significant digits a continuous factor's value keeps: short overrides, far finer than any effect. */
const DIGITS = 6;

/**
 * `PATH=LO..HI` or `PATH=a,b,c`, as a factor (not yet checked against a forum: see designCommand).
 * Returns a message saying what was expected instead of throwing, so the caller names its option.
 */
export function parseFactor(arg: string): Factor | string {
  const eq = arg.indexOf('=');
  const path = eq > 0 ? arg.slice(0, eq).trim() : '';
  const spec = eq > 0 ? arg.slice(eq + 1).trim() : '';
  if (path === '' || spec === '')
    return `expected PATH=LO..HI or PATH=a,b,c (e.g. CHN.patience=0.2..0.8), got "${arg}"`;
  const range = /^(.+?)\.\.(.+)$/.exec(spec);
  if (range) {
    const [lo, hi] = [Number(range[1]), Number(range[2])];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi))
      return `${path}: expected LO..HI with numbers LO < HI, got "${spec}"`;
    return { path, lo, hi, whole: false };
  }
  const levels = spec.split(',').map((level) => level.trim());
  if (levels.some((level) => level === '')) return `${path}: expected levels a,b,c with none empty, got "${spec}"`;
  if (new Set(levels).size !== levels.length) return `${path}: a level is listed twice in "${spec}"`;
  return { path, levels };
}

/** How many distinct values the factor can take (Infinity for a continuous range). */
export function levelCount(factor: Factor): number {
  if (!isRange(factor)) return factor.levels.length;
  return factor.whole ? Math.floor(factor.hi) - Math.ceil(factor.lo) + 1 : Infinity;
}

const formatNumber = (x: number) => String(Number(x.toPrecision(DIGITS)));

/** The value at unit coordinate u in [0, 1): levels and whole numbers in equal shares, else linear. */
export function factorValue(factor: Factor, u: number): string {
  const unit = Math.min(Math.max(u, 0), 1);
  if (!isRange(factor))
    return factor.levels[Math.min(Math.floor(unit * factor.levels.length), factor.levels.length - 1)]!;
  if (!factor.whole) return formatNumber(factor.lo + unit * (factor.hi - factor.lo));
  const [lo, count] = [Math.ceil(factor.lo), levelCount(factor)];
  return String(lo + Math.min(Math.floor(unit * count), count - 1));
}

/** A factorial design's values of the factor: its levels, or `levels` evenly spaced over the range. */
export function factorialValues(factor: Factor, levels: number): string[] {
  if (!isRange(factor)) return [...factor.levels];
  const values = Array.from({ length: levels }, (_, i) => {
    const x = factor.lo + (levels === 1 ? 0.5 : i / (levels - 1)) * (factor.hi - factor.lo);
    return factor.whole ? String(Math.round(x)) : formatNumber(x);
  });
  return [...new Set(values)];
}
