import type { QueryClient } from '@tanstack/react-query';
import { feedPageQuery } from '../features/feed/api/queries';
import type { FeedPage } from '../features/feed/api/types';

/**
 * The built front page carries the first pages of the default subscriptions that are not JSON
 * Feed (the Atom blog), read at build time (scripts/build-plugins.ts, `withWrittenPages`): the
 * app starts on them instead of downloading the XML parser to read the same documents again.
 * They were written from the very files the site serves, so they are as fresh as the page; the
 * app asks whether those changed when it next refreshes, by their fingerprints, and reads them
 * only if they did.
 */
const WRITTEN_PAGES_ID = 'app-written-pages';

interface WrittenPages {
  /** The address the pages were read at while being written, replaced by the page's own. */
  origin: string;
  pages: FeedPage[];
}

function isWritten(value: unknown): value is WrittenPages {
  const written = value as Partial<WrittenPages> | null;
  return (
    typeof written?.origin === 'string' &&
    Array.isArray(written.pages) &&
    written.pages.every(
      (page: Partial<FeedPage> | null) =>
        typeof page?.url === 'string' && Array.isArray(page.articles),
    )
  );
}

/** Puts the written first pages in the cache, where it holds none of its own yet. */
export function startOnWrittenPages(client: QueryClient): void {
  const text = document.getElementById(WRITTEN_PAGES_ID)?.textContent;
  if (!text) return;
  let written: unknown;
  try {
    const { origin } = JSON.parse(text) as { origin?: unknown };
    if (typeof origin !== 'string' || !origin) return;
    written = JSON.parse(text.replaceAll(`${origin}/`, `${window.location.origin}/`));
  } catch {
    return;
  }
  if (!isWritten(written)) return;
  for (const page of written.pages) {
    const { queryKey } = feedPageQuery(page.url, page.url);
    if (client.getQueryData(queryKey) === undefined) client.setQueryData(queryKey, page);
  }
}
