// npm run bench [-- --quick] [-- --only NAME]...: runs the measurements, prints progress on stderr
// and one JSON object, last, on stdout. It is a script, not a test: timings are reported, never asserted.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Measurement } from './measurement.js';
import { nodeBaselineMs } from './nodeBaseline.js';
import { startupMs } from './startup.js';

/** Every measurement, in the order they run; a new one is a module under bench/ and a line here. */
const MEASUREMENTS: readonly Measurement[] = [startupMs, nodeBaselineMs];

const USAGE = `usage: npm run bench -- [--quick] [--only NAME]...
measurements:
${MEASUREMENTS.map((m) => `  ${m.name.padEnd(16)} ${m.description}`).join('\n')}`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const unknown = (values.only ?? []).filter((name) => !MEASUREMENTS.some((m) => m.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown measurement ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const chosen = values.only ? MEASUREMENTS.filter((m) => values.only!.includes(m.name)) : MEASUREMENTS;
  const context = {
    root: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
    quick: values.quick,
    progress: (message: string) => process.stderr.write(`bench: ${message}\n`),
  };
  const results: Record<string, unknown> = {};
  for (const measurement of chosen) results[measurement.name] = await measurement.measure(context);
  process.stdout.write(JSON.stringify({ ...results, quick: values.quick }) + '\n');
  return 0;
}

process.exitCode = await main();
