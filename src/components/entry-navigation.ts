import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { flushSync } from 'react-dom';
import { articleKey } from '../lib/article-ref';
import type { ArticleRef } from '../lib/article-ref';
import type { EntryElements } from './entry-elements';
import { keepInView, reveal } from './reveal';

/** What a list offers the keyboard shortcuts (the app wires j, k and o to it). */
export interface EntryListHandle {
  /** The next or previous entry becomes current, its title link takes focus; false at an end. */
  move: (step: 1 | -1) => boolean;
  /** Opens the article of the entry holding focus, else of the current one. */
  open: () => boolean;
  /** The key (entryKeyOf) of the entry holding focus, else of the current one. */
  current: () => string | undefined;
  /**
   * Makes an entry current: the article just read, on coming back. With `focus` (back through
   * history) its title link takes focus too, as the link that opened it would on a page of its own.
   */
  markCurrent: (article: ArticleRef, focus: boolean) => void;
}

/** The link in the entry's heading (its accessible name), which opens the article. */
function titleLink(entry: HTMLElement): HTMLAnchorElement | null {
  const headingId = entry.getAttribute('aria-labelledby');
  const heading = headingId ? document.getElementById(headingId) : null;
  return (heading ?? entry).querySelector('a[href]');
}

/**
 * The list's current entry (the one j and k move, marked `aria-current`), and the handle that
 * moves it. `order` is every listed article's key (entryKeyOf), mounted or not, in the order shown.
 */
export function useEntryNavigation(
  ref: Ref<EntryListHandle> | undefined,
  order: readonly string[],
  entries: EntryElements,
): string | undefined {
  const [current, setCurrent] = useState<string>();

  useImperativeHandle(ref, () => {
    /** The entry holding focus (the reader may have tabbed), else the current one. */
    const from = () =>
      entries.holding(document.activeElement) ??
      (current !== undefined && order.includes(current) ? current : undefined);
    /** Nothing current yet: start at the first entry on screen, not at the top of the list. */
    const firstOnScreen = () => {
      const mounted = order.filter((id) => entries.get(id));
      return (
        mounted.find((id) => (entries.get(id)?.getBoundingClientRect().top ?? -1) >= 0) ??
        mounted[0]
      );
    };
    return {
      move(step) {
        const start = from();
        const next = start === undefined ? firstOnScreen() : order[order.indexOf(start) + step];
        if (next === undefined) return false;
        // Rendered now: a long list mounts the entries beside the new current one before the
        // next key press looks for them.
        flushSync(() => setCurrent(next));
        const element = entries.get(next);
        if (element) reveal(element, titleLink(element) ?? element);
        return true;
      },
      open() {
        const id = from();
        const element = id === undefined ? undefined : entries.get(id);
        const link = element && titleLink(element);
        if (!link) return false;
        link.click();
        return true;
      },
      current: from,
      markCurrent(article, focus) {
        const key = [article.id, articleKey(article)].find((candidate) =>
          order.includes(candidate),
        );
        if (key === undefined) return;
        setCurrent(key);
        // Where the page scrolled back to may not show it (the reader left mid-scroll).
        const element = entries.get(key);
        if (!element) return;
        keepInView(element);
        if (focus) titleLink(element)?.focus({ preventScroll: true });
      },
    };
  }, [order, current, entries]);

  return current;
}

/**
 * For a button that lists more entries below those shown ("Older posts", "More results"): the
 * first entry it adds takes the focus the button had, so the reader goes on reading there, not
 * from the button now below them (or from the top, where the button is gone). The button calls
 * `adding` with how many entries were listed before; `forget` when nothing is coming.
 */
export function useFocusAdded(order: readonly string[], entries: EntryElements) {
  const from = useRef<number>(undefined);
  useEffect(() => {
    const added = from.current === undefined ? undefined : order[from.current];
    if (added === undefined) return;
    from.current = undefined;
    const element = entries.get(added);
    const focus = document.activeElement;
    // Unless the reader has moved on meanwhile.
    const stayed = focus === document.body || focus?.closest('.list-end') != null;
    // Where the button was: in view, with nothing to scroll to.
    if (element && stayed) titleLink(element)?.focus({ preventScroll: true });
  }, [order, entries]);
  const [handle] = useState(() => ({
    adding: (count: number) => {
      // Only the focus the button has: a press that left it elsewhere moves nothing.
      if (document.activeElement?.closest('.list-end')) from.current = count;
    },
    forget: () => {
      from.current = undefined;
    },
  }));
  return handle;
}
