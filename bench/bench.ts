// npm run bench [-- --quick] [-- --only NAME]...: runs the measurements, prints progress on stderr
// and one JSON object, last, on stdout. It is a script, not a test: timings are reported, never asserted.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchContext, Measurement } from './measurement.js';
import { eventRate } from './eventRate.js';
import { nodeBaselineMs } from './nodeBaseline.js';
import { rss } from './rss.js';
import { runRate } from './runRate.js';
import { sizeCost } from './sizeCost.js';
import { startupMs } from './startup.js';
import { validateLargeMs } from './validateLarge.js';

/** Every measurement, in the order they run; a new one is a module under bench/ and a line here. */
const MEASUREMENTS: readonly Measurement[] = [
  startupMs,
  nodeBaselineMs,
  validateLargeMs,
  eventRate,
  runRate,
  sizeCost,
  rss,
];

const USAGE = `usage: npm run bench -- [--quick] [--only NAME]... [--root DIR]
  --quick            fewer repetitions
  --only NAME        run only this measurement (repeatable)
  --root DIR         the checkout to measure (default: this one), e.g. an older build to compare with
measurements:
${MEASUREMENTS.map((m) => `  ${m.name.padEnd(18)} ${m.description}`).join('\n')}`;

const OPTIONS = {
  quick: { type: 'boolean', default: false },
  only: { type: 'string', multiple: true },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed options, or the exit code when there is nothing to measure. */
function options(): ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'] | number {
  try {
    const { values } = parseArgs({ options: OPTIONS });
    if (values.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    const unknown = (values.only ?? []).filter((name) => !MEASUREMENTS.some((m) => m.name === name));
    if (unknown.length > 0) throw new Error(`unknown measurement ${unknown.join(', ')}`);
    return values;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
}

async function main(): Promise<number> {
  const values = options();
  if (typeof values === 'number') return values;
  const context: BenchContext = {
    root: resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..')),
    quick: values.quick,
    progress: (message) => process.stderr.write(`bench: ${message}\n`),
  };
  const chosen = values.only ? MEASUREMENTS.filter((m) => values.only!.includes(m.name)) : MEASUREMENTS;
  const results: Record<string, unknown> = {};
  for (const measurement of chosen) {
    const value = await measurement.measure(context);
    if (measurement.keys) for (const key of measurement.keys) results[key] = (value as Record<string, unknown>)[key];
    else results[measurement.name] = value;
  }
  const measured = values.root ? { root: context.root } : {};
  process.stdout.write(JSON.stringify({ ...results, quick: values.quick, ...measured }) + '\n');
  return 0;
}

process.exitCode = await main();
