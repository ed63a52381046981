/** Event handlers that keep one identity across renders, so memoized rows are not re-rendered for a new closure. */
import { useCallback, useRef } from 'preact/hooks';

/** A function with one identity for the component's life that always calls the latest `handler`. */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler);
  latest.current = handler;
  return useCallback((...args: A) => latest.current(...args), []);
}
