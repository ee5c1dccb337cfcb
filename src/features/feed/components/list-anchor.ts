/** The row at the top of the screen when the reader left a long list, and how far into it. */
export interface ListAnchor {
  row: string;
  offset: number;
}

const storageKey = (historyKey: string) => `broadsheet:history:${historyKey}:anchor`;

/** History entries whose anchor this page load has saved (and whose row heights it knows). */
const savedHere = new Set<string>();

/**
 * Kept per history entry (like the number of entries shown), so that a long list on a page
 * loaded afresh (a reload) comes back to the same entries: the saved scroll position alone
 * would not find them, since the heights of the rows above it are no longer known.
 */
export function saveAnchor(historyKey: string, anchor: ListAnchor) {
  savedHere.add(historyKey);
  try {
    sessionStorage.setItem(storageKey(historyKey), JSON.stringify(anchor));
  } catch {
    // Without session storage a reloaded list starts where the saved position lands.
  }
}

/** The anchor saved for this history entry by an earlier load of the page, if any. */
export function anchorFromEarlierLoad(historyKey: string): ListAnchor | undefined {
  if (savedHere.has(historyKey)) return undefined;
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(storageKey(historyKey)) ?? 'null');
    const anchor = value as Partial<ListAnchor> | null;
    return typeof anchor?.row === 'string' && typeof anchor.offset === 'number'
      ? { row: anchor.row, offset: anchor.offset }
      : undefined;
  } catch {
    return undefined;
  }
}
