// Sane ceilings for --workers and --runs: more worker threads than cores only share the cores
// (each with its own heap and warm-up), so they are capped with a note; a run count that would
// take hours is warned about with the estimate, before the first run, so it can be cut short.
import { wholeNumberOption } from './args.js';

/**
 * Runs per second one worker thread manages (arf-2022, measured by `npm run bench` on a 2-core
 * machine): the yardstick of the estimates, which say "about" for that reason.
 */
export const RUNS_PER_SECOND_PER_WORKER = 250;
/** A worker thread's own memory once warm (heap, engine, the scenario): roughly. */
export const WORKER_MEGABYTES = 60;
/** An estimate past this is warned about. */
const LONG_SECONDS = 3600;

/** `--workers N`, capped at the machine's cores with a note saying so. */
export function workersOption(command: string, text: string | undefined, cores: number, warn: (m: string) => void) {
  const requested = wholeNumberOption(command, 'workers', text, cores, 256);
  if (requested <= cores) return requested;
  warn(
    `--workers ${requested}: this machine has ${cores} core(s), so ${cores} worker(s) are used; more would only share the cores (about ${WORKER_MEGABYTES} MB each) and run slower`,
  );
  return cores;
}

function duration(seconds: number): string {
  const hours = seconds / 3600;
  return hours < 48 ? `${hours.toFixed(1)} hours` : `${(hours / 24).toFixed(1)} days`;
}

/** Warns when `runs` runs on `workers` threads would take more than an hour, with the estimate. */
export function warnIfLong(command: string, runs: number, workers: number, warn: (m: string) => void): void {
  const seconds = runs / (RUNS_PER_SECOND_PER_WORKER * workers);
  if (seconds <= LONG_SECONDS) return;
  warn(
    `${command}: ${runs} runs on ${workers} worker(s) take about ${duration(seconds)} (at ~${RUNS_PER_SECOND_PER_WORKER} runs/s a worker); Ctrl-C stops it`,
  );
}
