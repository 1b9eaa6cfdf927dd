// One subscription to Ink's input, routed to the screen that is showing.
//
// Ink's `useInput` subscribes in a passive effect, which React runs some time after a render. Keys
// typed faster than that (Down, Down, Enter; `e` then `s`) reach the handler of the screen that
// was showing, with the state it had. Here the screens register in layout effects, which run in
// the same commit as the render that a key caused, so the next key always finds the current
// screen with its current state.
import { useApp, useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

type Entry = { handler: RefObject<KeyHandler> };
const Routes = createContext<RefObject<Entry[]> | null>(null);

/** The exit status of a run that Ctrl-C ended, as shells report a SIGINT. */
export const INTERRUPTED = 130;

/**
 * Routes keys to the handler registered last (the screen in front). Ctrl-C always quits: it calls
 * `onExit(130)` and leaves the app (the app reports `onExit(0)` when it quits on q).
 */
export function KeyRouter({ children, onExit }: { children: ReactNode; onExit?: (code: number) => void }) {
  const routes = useRef<Entry[]>([]);
  const { exit } = useApp();
  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      onExit?.(INTERRUPTED);
      exit();
      return;
    }
    routes.current.at(-1)?.handler.current(input, key);
  });
  return <Routes.Provider value={routes}>{children}</Routes.Provider>;
}

/** Like Ink's `useInput`, but registered at once, and only the screen in front receives keys. */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const routes = useContext(Routes);
  if (!routes) throw new Error('useKeys needs a KeyRouter above it');
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const active = options.isActive ?? true;
  useLayoutEffect(() => {
    if (!active) return;
    const entry: Entry = { handler: ref };
    routes.current.push(entry);
    return () => {
      routes.current.splice(routes.current.indexOf(entry), 1);
    };
  }, [active, routes]);
}
