// Steps through a transcript: one entry at a time, or playing on a timer until the end. The fold
// lives in a RunPlayback (one per run) that each render carries forward to the current entry.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RunResult, Scenario } from '../domain/types.js';
import { LOG_WINDOW, RunPlayback } from './playback.js';

export interface Playback {
  index: number;
  playing: boolean;
  /** The run folded up to `index`; null when no run is open. */
  state: RunPlayback | null;
  /** Advance by `count` entries (typed-ahead keys arrive together). */
  step(count?: number): void;
  play(): void;
  pause(): void;
}

/** Entries a tick of play advances: big forums play in about a hundred ticks, never more than the log keeps. */
export function playStride(length: number): number {
  return Math.max(1, Math.min(LOG_WINDOW, Math.ceil(length / 100)));
}

/** Calls `tick` every `ms` while `on` (the latest `tick`, without restarting the interval). */
function useTicker(on: boolean, ms: number, tick: () => void): void {
  const latest = useRef(tick);
  useLayoutEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [on, ms]);
}

export function usePlayback(scenario: Scenario | null, run: RunResult | null, runKey: string, tickMs = 30): Playback {
  const length = run?.transcript.length ?? 0;
  // The position belongs to a run: a new run starts from its first entry, in the same render.
  const [position, setPosition] = useState({ runKey, index: 0 });
  const [playingKey, setPlayingKey] = useState<string | null>(null);
  const index = position.runKey === runKey ? Math.min(position.index, length) : 0;
  // Playing stops at the end, and a new run waits for enter.
  const playing = playingKey === runKey && index < length;
  // Read by the timer: a pause takes effect at once, not when React next clears the interval.
  const live = useRef<string | null>(null);
  const state = useMemo(
    () => (scenario && run ? new RunPlayback(scenario, run, runKey) : null),
    [scenario, run, runKey],
  );
  state?.advanceTo(index);
  const advance = useCallback(
    (count: number) =>
      setPosition((p) => ({ runKey, index: Math.min(length, (p.runKey === runKey ? p.index : 0) + count) })),
    [runKey, length],
  );
  useTicker(playing, tickMs, () => {
    if (live.current === runKey) advance(playStride(length));
  });

  return {
    index,
    playing,
    state,
    step: useCallback((count = 1) => advance(count), [advance]),
    play: useCallback(() => {
      live.current = runKey;
      setPlayingKey(runKey);
    }, [runKey]),
    pause: useCallback(() => {
      live.current = null;
      setPlayingKey(null);
    }, []),
  };
}
