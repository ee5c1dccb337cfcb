import type { QueryClient } from '@tanstack/react-query';
import { feedPageQuery } from '../features/feed/api/queries';
import { readWrittenPages } from '../features/feed/api/written-pages';

/**
 * The built front page carries the first pages of the default subscriptions that are not JSON
 * Feed (the Atom blog), read at build time (scripts/build-plugins.ts, `withWrittenPages`): the
 * app starts on them instead of downloading the XML parser to read the same documents again.
 * They were written from the very files the site serves, so they are as fresh as the page; the
 * app asks whether those changed when it next refreshes, by their fingerprints, and reads them
 * only if they did.
 */
export function startOnWrittenPages(client: QueryClient): void {
  for (const page of readWrittenPages()) {
    const { queryKey } = feedPageQuery(page.url, page.url);
    if (client.getQueryData(queryKey) === undefined) client.setQueryData(queryKey, page);
  }
}
