// The sweep's progress line: bar, count, rate and time left, repainted at most every 100 ms.
import { describe, expect, it } from 'vitest';
import { formatProgress, sweepProgress } from '../../src/cli/sweepProgress.js';

describe('sweep progress', () => {
  it('draws the bar, the runs done, the rate and the time left', () => {
    expect(formatProgress(50, 200, 25)).toBe('sweep [######..................] 50/200 (25%) 25 runs/s ETA 6s');
    expect(formatProgress(0, 200, null)).toBe('sweep [........................] 0/200 (0%) - runs/s ETA -');
    expect(formatProgress(100, 100_100, 10)).toContain('ETA 2h46m');
  });

  it('counts the rate from this session only, and repaints at most every 100 ms but always at the end', () => {
    const painted: string[] = [];
    let now = 0;
    const progress = sweepProgress(
      { out: () => {}, err: () => {} },
      (t) => painted.push(t),
      () => now,
    )!;
    progress.update(100, 300); // 100 resumed from the file
    now = 50;
    progress.update(110, 300); // too soon
    now = 2000;
    progress.update(200, 300);
    now = 2010;
    progress.update(300, 300); // the end, however soon
    expect(painted).toHaveLength(3);
    expect(painted[1]).toContain('200/300 (66%) 50 runs/s ETA 2s');
    expect(painted[2]).toContain('300/300 (100%)');
  });

  it('draws nothing where there is no terminal', () => {
    expect(sweepProgress({ out: () => {}, err: () => {} }, null)).toBeNull();
  });
});
