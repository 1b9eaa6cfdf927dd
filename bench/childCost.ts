// Wall and CPU time of one child process. Node cannot ask for a child's CPU directly
// (process.cpuUsage and process.resourceUsage cover this process only), so on Linux it reads the
// kernel's tally of waited-for children (cutime + cstime in /proc/self/stat) before and after a
// spawnSync, which waits for the child. The tally is in clock ticks of 10 ms, so one reading is
// good to 10 ms; medians over several runs are steadier than that.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** USER_HZ: 100 on every Linux architecture Node runs on (it is what /proc reports in). */
const MS_PER_TICK = 10;

export interface ChildCost {
  wallMs: number;
  /** User + system CPU of the child, or null where /proc is not available (not Linux). */
  cpuMs: number | null;
}

function waitedChildrenCpuMs(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of the file; fields[0] here is field 3.
  return (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK;
}

/** Runs the command to its end; throws if it exits otherwise than expected, so a broken build is not timed. */
export function measureChild(command: string, args: readonly string[], cwd: string, expectedStatus = 0): ChildCost {
  const cpuBefore = waitedChildrenCpuMs();
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  const cpuAfter = waitedChildrenCpuMs();
  if (result.status !== expectedStatus) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr || result.error}`);
  }
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}
