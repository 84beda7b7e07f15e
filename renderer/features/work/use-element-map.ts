import { useMemo, useRef } from 'react';

/**
 * Elements by key, filled by callback refs, so focus can move to "the Edit button of entry X" or
 * "the cell at column C, row R" without searching the DOM with selector strings.
 */
export interface ElementMap<T extends HTMLElement> {
  get(key: string): T | undefined;
  /** The callback ref for the element with this key. */
  ref(key: string): (element: T | null) => void;
}

export function useElementMap<T extends HTMLElement>(): ElementMap<T> {
  const elements = useRef(new Map<string, T>());
  return useMemo(
    () => ({
      get: (key: string) => elements.current.get(key),
      ref: (key: string) => (element: T | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      },
    }),
    [],
  );
}
