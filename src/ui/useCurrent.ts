// State that a key handler can read back at once. Keys typed faster than a frame reach the handler
// before React has rendered the last one's change, so the handler reads and writes a ref, and the
// state only redraws.
import { useRef, useState } from 'react';

export interface Current<T> {
  value: T;
  get(): T;
  set(next: T): void;
}

export function useCurrent<T>(initial: T): Current<T> {
  const ref = useRef(initial);
  const [value, setValue] = useState(initial);
  return {
    value,
    get: () => ref.current,
    set: (next) => {
      ref.current = next;
      setValue(next);
    },
  };
}
