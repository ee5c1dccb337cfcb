import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'broadsheet:scroll';

function readPositions(): Record<string, number> {
  try {
    // Object(): a store holding `null` or a number (written by hand) holds no positions.
    return Object(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')) as Record<
      string,
      number
    >;
  } catch {
    return {};
  }
}

// The router calls every document's first entry "default", and those a fragment link made (a
// footnote): one opened afresh in this tab (a link followed, an address typed) has no place of
// the one before it to return to; a reload has.
const fresh =
  (performance.getEntriesByType('navigation')[0] as { type?: string } | undefined)?.type ===
  'navigate';
const positions: Record<string, number> = Object.fromEntries(
  Object.entries(readPositions()).filter(([place]) => !(fresh && place.startsWith('default'))),
);

/** Where the entry `key` keeps its position: one the router did not make, by its address. */
function placeOf(key: string): string {
  return key === 'default' ? key + location.pathname + location.search + location.hash : key;
}

/** The history entry whose position has been put back (or reset to the top) since it opened. */
let settledKey: string | undefined;

/**
 * Where back or forward is about to scroll the page, while that navigation is being rendered.
 * A list that mounts only the rows near the screen renders those rows, not the ones at the
 * previous page's position, so the position exists (and its rows are there) in the same commit.
 */
export function positionToRestore(key: string): number | undefined {
  return placeOf(key) === settledKey ? undefined : positions[placeOf(key)];
}

/** The key of the history entry on screen, as the router stores it in history.state. */
export function currentKey(): string {
  return (history.state as { key?: string } | null)?.key ?? 'default';
}

function remember(place: string) {
  positions[place] = window.scrollY;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
  } catch {
    // Positions then last only as long as the tab's memory.
  }
}

/**
 * Back and forward return to where the reader was on that page; new pages start at the top.
 * Lists render from the query cache in the same commit, so the position exists to return to.
 */
export function ScrollRestoration() {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      const place = placeOf(key);
      frame = requestAnimationFrame(() => {
        // The next page's first scroll can land before this listener is removed: it is not ours.
        // Nor is the header's search box scrolled into view (`/`): back from the search, the
        // reader returns to where they were reading.
        const searching = document.activeElement?.matches('input[type="search"]');
        if (currentKey() === key && placeOf(key) === place && !searching) remember(place);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [key]);

  useLayoutEffect(() => {
    const saved = positions[placeOf(key)];
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
    } else if (!hash) {
      window.scrollTo(0, 0);
    }
    settledKey = placeOf(key);
  }, [key, hash, navigationType]);

  return null;
}
