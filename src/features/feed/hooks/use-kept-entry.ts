import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { EntryElements } from '../../../components/entry-elements';

/**
 * The entry the reader is on in a list: the last one to hold focus or to become current (by j
 * and k, or on coming back from its article). A list that unmounts rows keeps this one, so
 * focus is never dropped with its row.
 */
export function useKeptEntry(
  list: RefObject<HTMLElement | null>,
  current: string | undefined,
  entries: EntryElements,
): string | undefined {
  // An entry other than the current one that took focus, and which one was current then.
  const [focused, setFocused] = useState<{ id: string; current: string | undefined }>();
  const currentNow = useRef(current);
  useLayoutEffect(() => {
    currentNow.current = current;
  });
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const keep = (node: EventTarget | null) => {
      const id = node instanceof Node ? entries.holding(node) : undefined;
      if (id === undefined) return;
      const now = currentNow.current;
      setFocused(id === now ? undefined : { id, current: now });
    };
    const onFocus = (event: FocusEvent) => keep(event.target);
    element.addEventListener('focusin', onFocus);
    // Focus handed over from the plain list came before this effect.
    if (element.contains(document.activeElement)) keep(document.activeElement);
    return () => element.removeEventListener('focusin', onFocus);
  }, [list, entries]);
  return focused && focused.current === current ? focused.id : (current ?? focused?.id);
}
