// Override maps as ordered lists: merging them, and printing them as a command line.
import type { Overrides } from '../scenario/overrides.js';

type Source = Overrides | readonly (readonly [string, string])[];

/**
 * Later entries win, and a re-set path moves to the end, so the map applies in the order the
 * entries were given (position fields are order-sensitive: ideal first, then the bounds). The
 * result is what `--set` parses back from `overrideArgs` of it.
 */
export function mergeOverrides(...sources: readonly Source[]): Overrides {
  const out: Overrides = {};
  for (const source of sources) {
    const entries = Array.isArray(source)
      ? (source as readonly (readonly [string, string])[])
      : Object.entries(source as Overrides);
    for (const [path, value] of entries) {
      delete out[path];
      out[path] = value;
    }
  }
  return out;
}

/** Quotes one argument for a POSIX shell, only when it needs it. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_.,=:/@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** `--set PATH=VALUE` arguments for an override map, in its order. */
export function overrideArgs(overrides: Overrides): string[] {
  return Object.entries(overrides).flatMap(([path, value]) => ['--set', `${path}=${value}`]);
}

/** A ready-to-paste `forum-sim run` line reproducing a run. */
export function reproCommand(
  scenarioRef: string,
  seed: string,
  overrides: Overrides,
  extra: readonly string[] = [],
): string {
  return ['forum-sim', 'run', scenarioRef, '--seed', seed, ...overrideArgs(overrides), ...extra]
    .map(shellQuote)
    .join(' ');
}
