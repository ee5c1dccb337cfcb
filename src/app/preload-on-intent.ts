import { useEffect } from 'react';

/** The code of the app's pages, by address (a path with its query). */
export interface PageCode {
  load: (address: string) => Promise<void>;
  loaded: (address: string) => boolean;
}

/**
 * How long a followed link waits for its page's code before that page opens on "Loading…". Past
 * that, React keeps the content that replaces the fallback waiting for 300 ms more.
 */
const MOST_WAIT_MS = 300;

/** The link of the app an event happened in, if any. */
function appLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  return link instanceof HTMLAnchorElement && link.origin === window.location.origin
    ? link
    : undefined;
}

/** A click that follows the link in this tab (not a new tab or window, not a download). */
function followsHere(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    (!link.target || link.target === '_self') &&
    !link.hasAttribute('download')
  );
}

/**
 * Loads the code of the page a link of the app leads to as soon as the reader shows they may
 * follow it: the pointer over it, or focus on it (j and k move focus to an entry's title).
 * Following it then renders the page at once, instead of "Loading…" and React's 300 ms wait
 * before content replaces a fallback. A link followed while its page's code is still on its way
 * (o pressed just after j, a tap) is followed once it is in, or after MOST_WAIT_MS: sooner than
 * through the fallback. Code only: the page's data is read when it opens.
 */
export function usePreloadOnIntent({ load, loaded }: PageCode) {
  useEffect(() => {
    const addressOf = (link: HTMLAnchorElement) => link.pathname + link.search;
    const intent = (event: Event) => {
      const link = appLink(event.target);
      // A failed load is tried again when the page is opened.
      if (link) load(addressOf(link)).catch(() => undefined);
    };
    // The one link followed that waits for its page's code, and the page it was followed from:
    // another link followed meanwhile, or another page by then (Back), drops it.
    let waiting: { link: HTMLAnchorElement; from: string } | undefined;
    let following: HTMLAnchorElement | undefined;
    // In the capture phase, ahead of the router's handler, which leaves a prevented click alone.
    const follow = (event: MouseEvent) => {
      const link = appLink(event.target);
      if (!link || link === following || event.defaultPrevented || !followsHere(event, link)) {
        return;
      }
      const address = addressOf(link);
      if (loaded(address)) {
        waiting = undefined;
        return;
      }
      event.preventDefault();
      if (waiting?.link === link) return;
      const followed = { link, from: window.location.href };
      waiting = followed;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, MOST_WAIT_MS)));
      void Promise.race([load(address).catch(() => undefined), timeout]).then(() => {
        clearTimeout(timer);
        if (waiting !== followed) return;
        waiting = undefined;
        if (!link.isConnected || window.location.href !== followed.from) return;
        following = link;
        try {
          link.click();
        } finally {
          following = undefined;
        }
      });
    };
    document.addEventListener('pointerover', intent, { passive: true });
    document.addEventListener('focusin', intent);
    document.addEventListener('click', follow, { capture: true });
    return () => {
      document.removeEventListener('pointerover', intent);
      document.removeEventListener('focusin', intent);
      document.removeEventListener('click', follow, { capture: true });
    };
  }, [load, loaded]);
}
