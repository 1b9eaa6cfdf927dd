// Waiting for a state, not for a time: a check is polled until it passes. The number of polls only
// bounds a hang (so a stuck test fails with what it saw instead of running into vitest's own
// timeout); no test reads the clock, and a slow machine only makes each poll wait longer.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PollOptions {
  /** Pause between two checks. */
  everyMs: number;
  /** Checks before giving up: a hang guard, generous on purpose. */
  attempts: number;
}

/** Resolves once `check` passes; false if it never did within `attempts` polls. */
export async function pollUntil(check: () => boolean, { everyMs, attempts }: PollOptions): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (check()) return true;
    await pause(everyMs);
  }
  return check();
}
