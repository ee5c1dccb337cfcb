import { useEffect } from 'react';

/**
 * Loads the code of the page a link of the app leads to as soon as the reader shows they may
 * follow it: the pointer over it, or focus on it (j and k move focus to an entry's title).
 * Following it then renders the page at once, instead of "Loading…" and React's 300 ms wait
 * before content replaces a fallback. Code only: the page's data is read when it opens.
 */
export function usePreloadOnIntent(preload: (address: string) => Promise<void>) {
  useEffect(() => {
    const intent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      // A failed load is tried again when the page is opened.
      preload(link.pathname + link.search).catch(() => undefined);
    };
    document.addEventListener('pointerover', intent, { passive: true });
    document.addEventListener('focusin', intent);
    return () => {
      document.removeEventListener('pointerover', intent);
      document.removeEventListener('focusin', intent);
    };
  }, [preload]);
}
