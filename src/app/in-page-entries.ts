/**
 * Where a history entry stands, for going back to the list: how many entries of its own page lie
 * behind it, and whether the page's first entry was the history's first (which the app did not
 * make: leaving it would leave the app).
 *
 * In-page links (the skip link, a footnote, a comment's Permalink) add entries the browser makes
 * with no state, which the router calls "default", as it calls the history's first entry; each
 * is marked here as one more step on its page. An article stepped to with j, k, "Older" or
 * "Newer" takes the place of the entry it was opened from, and keeps that entry's place.
 */
export interface Place {
  inPage: number;
  fromFirst: boolean;
}

const isPlace = (value: unknown): value is Place =>
  typeof (value as Place | null)?.inPage === 'number';

/** The place of the entry on screen, from the router's key and state and history.state. */
export function placeOf(key: string, routerState: unknown): Place {
  // The browser's own entries are "default" to the router, and marked by markInPage.
  const marked: unknown = key === 'default' ? history.state : undefined;
  if (isPlace(marked)) return marked;
  if (isPlace(routerState)) return routerState;
  return { inPage: 0, fromFirst: key === 'default' };
}

/**
 * Marks the entry an in-page link made, from the place of the entry on screen before it (on the
 * same page), as one more step; with the router's count of entries (`idx`, the one before's)
 * carried on, so that the router counts its next entry after this one.
 */
export function markInPage(before: Place, idx: number | undefined) {
  if (history.state !== null) return;
  const mark = { inPage: before.inPage + 1, fromFirst: before.fromFirst };
  history.replaceState(idx === undefined ? mark : { ...mark, idx: idx + 1 }, '');
}
