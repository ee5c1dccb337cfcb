/**
 * History entries an in-page link makes (the skip link, a footnote, a comment's Permalink): the
 * browser adds them with no state, and the router calls them "default", as it calls the
 * history's first entry. Each is marked with how many such steps lie between it and its page's
 * own entry, and whether that entry was the first, so that going back to the list passes over them.
 */
interface InPage {
  inPage: number;
  fromFirst: boolean;
  /** The router's count of entries, carried on so that its next entry is counted after this one. */
  idx?: number;
}

/** A router entry's state, as history.state holds it. */
interface RouterState {
  key?: string;
  usr?: unknown;
  idx?: number;
}

/** The in-page steps of a history entry's state, if an in-page link made it. */
export function inPageSteps(state: unknown): InPage | undefined {
  return typeof (state as InPage | null)?.inPage === 'number' ? (state as InPage) : undefined;
}

/**
 * Marks the entry on screen when an in-page link made it from the entry `before` (same page,
 * another fragment). `isFirst` tells whether a router entry's state is the history's first.
 */
export function markInPage(before: unknown, isFirst: (state: RouterState | null) => boolean) {
  if (history.state !== null) return;
  const steps = inPageSteps(before);
  const router = before as RouterState | null;
  const mark: InPage = {
    inPage: (steps?.inPage ?? 0) + 1,
    fromFirst: steps ? steps.fromFirst : isFirst(router),
    idx: typeof router?.idx === 'number' ? router.idx + 1 : undefined,
  };
  history.replaceState(mark, '');
}
