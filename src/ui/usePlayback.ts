// Steps through a transcript: one entry at a time, or playing on a timer until the end.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Playback {
  index: number;
  playing: boolean;
  /** Advance by `count` entries (typed-ahead keys arrive together). */
  step(count?: number): void;
  play(): void;
  pause(): void;
}

export function usePlayback(length: number, runKey: string, tickMs = 30): Playback {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  // Read by the timer: a pause takes effect at once, not when React next clears the interval (on a
  // busy machine a tick could land in between and move on after `p`).
  const live = useRef(false);
  // A new run starts from its first entry.
  useEffect(() => {
    live.current = false;
    setIndex(0);
    setPlaying(false);
  }, [runKey]);
  // Big forums play in about a hundred ticks, whatever their length.
  const stride = Math.max(1, Math.ceil(length / 100));
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      if (!live.current) return;
      setIndex((i) => {
        const next = Math.min(length, i + stride);
        if (next >= length) setPlaying(false);
        return next;
      });
    }, tickMs);
    return () => clearInterval(timer);
  }, [playing, length, stride, tickMs]);
  return {
    index,
    playing,
    step: useCallback((count = 1) => setIndex((i) => Math.min(length, i + count)), [length]),
    play: useCallback(() => {
      live.current = true;
      setPlaying(true);
    }, []),
    pause: useCallback(() => {
      live.current = false;
      setPlaying(false);
    }, []),
  };
}
