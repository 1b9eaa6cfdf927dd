// Runs a sweep while the view that shows it is mounted: it starts on mount, and leaving the view
// cancels it (its workers are terminated; nothing it was running is reported).
import { useEffect, useState } from 'react';
import { initialState, startSweep, type SweepRequest, type SweepState } from './sweep.js';

/**
 * The sweep's state as it runs. `finishedBefore` is a finished state of this very request, shown
 * instead of running again; `onFinished` receives the final state so the caller can keep it.
 */
export function useSweep(
  request: SweepRequest,
  finishedBefore: SweepState | null,
  onFinished: (state: SweepState) => void,
): SweepState {
  const [state, setState] = useState<SweepState>(() => finishedBefore ?? initialState(request));
  useEffect(() => {
    if (finishedBefore) return;
    const sweep = startSweep(request, (next) => {
      setState(next);
      if (next.finished) onFinished(next);
    });
    return () => sweep.cancel();
    // One sweep per mount: the request cannot change while the view shows it.
  }, []);
  return state;
}
