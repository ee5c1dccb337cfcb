import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'broadsheet:scroll';

function readPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

const positions = readPositions();
// The router calls every document's first entry "default": one opened afresh in this tab (a link
// followed, an address typed) has no place of the one before it to return to; a reload has.
if (
  (performance.getEntriesByType('navigation')[0] as { type?: string } | undefined)?.type ===
  'navigate'
) {
  delete positions.default;
}

/** The history entry whose position has been put back (or reset to the top) since it opened. */
let settledKey: string | undefined;

/**
 * Where back or forward is about to scroll the page, while that navigation is being rendered.
 * A list that mounts only the rows near the screen renders those rows, not the ones at the
 * previous page's position, so the position exists (and its rows are there) in the same commit.
 */
export function positionToRestore(key: string): number | undefined {
  return key === settledKey ? undefined : positions[key];
}

/** The key of the history entry on screen, as the router stores it in history.state. */
export function currentKey(): string {
  return (history.state as { key?: string } | null)?.key ?? 'default';
}

function remember(key: string) {
  positions[key] = window.scrollY;
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
      frame = requestAnimationFrame(() => {
        // The next page's first scroll can land before this listener is removed: it is not ours.
        if (currentKey() === key) remember(key);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [key]);

  useLayoutEffect(() => {
    const saved = positions[key];
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
    } else if (!hash) {
      window.scrollTo(0, 0);
    }
    settledKey = key;
  }, [key, hash, navigationType]);

  return null;
}
