/** Moves focus to a new screen's heading so keyboard and screen-reader users start at the top of it. */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/**
 * Returns a ref for the heading. Each time `key` changes the heading is focused and the page
 * scrolled to the top; the very first screen of a visit is left alone so the page does not jump.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
