import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

/** Focusable things inside an entry, in order, to find the same one again. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

let handedOver: { entry: string; index: number } | undefined;

/**
 * When one kind of day list replaces the other (the list grew long, or short again), its
 * entries are new elements: the one that held focus gets it back in the new list, instead of
 * focus falling to the page.
 */
export function useFocusHandoff(list: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = list.current;
    const given = handedOver;
    handedOver = undefined;
    if (element && given && document.activeElement === document.body) {
      const entry = [...element.querySelectorAll<HTMLElement>('[data-entry]')].find(
        (candidate) => candidate.dataset.entry === given.entry,
      );
      entry?.querySelectorAll<HTMLElement>(FOCUSABLE)[given.index]?.focus({ preventScroll: true });
    }
    // Layout cleanups run before React removes the list's elements: focus is still in them.
    return () => {
      const active = document.activeElement;
      if (!active || !element?.contains(active)) return;
      const entry = active.closest<HTMLElement>('[data-entry]');
      if (!entry || entry.dataset.entry === undefined) return;
      const index = [...entry.querySelectorAll(FOCUSABLE)].indexOf(active);
      handedOver = { entry: entry.dataset.entry, index: Math.max(index, 0) };
      // Only for a list mounted in this same commit; a page that replaced the list does not want it.
      queueMicrotask(() => (handedOver = undefined));
    };
  }, [list]);
}
