import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The article id of the entry holding `node`, if any. */
function entryOf(node: EventTarget | null): string | undefined {
  return node instanceof Element
    ? node.closest<HTMLElement>('[data-entry]')?.dataset.entry
    : undefined;
}

/**
 * The entry the reader is on in a list: the last one to hold focus or to be marked current
 * (`aria-current`, set by j/k and on coming back from an article). A list that unmounts rows
 * keeps this one, so focus is never dropped with its row.
 */
export function useKeptEntry(list: RefObject<HTMLElement | null>): string | undefined {
  const [kept, setKept] = useState<string>();
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const keep = (node: EventTarget | null) => {
      const id = entryOf(node);
      if (id !== undefined) setKept(id);
    };
    const onFocus = (event: FocusEvent) => keep(event.target);
    const marks = new MutationObserver((records) => {
      for (const { target } of records) {
        if (target instanceof Element && target.getAttribute('aria-current') === 'true')
          keep(target);
      }
    });
    element.addEventListener('focusin', onFocus);
    marks.observe(element, { subtree: true, attributeFilter: ['aria-current'] });
    // Focus (handed over from the plain list) or the mark may have come before this effect.
    queueMicrotask(() => {
      keep(element.querySelector('[aria-current="true"]'));
      if (element.contains(document.activeElement)) keep(document.activeElement);
    });
    return () => {
      element.removeEventListener('focusin', onFocus);
      marks.disconnect();
    };
  }, [list]);
  return kept;
}
