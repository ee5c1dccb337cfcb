import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { cacheRestored } from '../../../lib/query-client';
import { fetchFeedPage } from './fetch-feed-page';
import type { FeedPage } from './types';

/** How far a deep link may walk `next_url` pages looking for an article. */
export const MAX_PAGES = 30;
export const PAGE_STALE_TIME = 5 * 60 * 1000;

export const feedKeys = {
  all: (feedUrl: string) => ['feed', feedUrl] as const,
  pages: (feedUrl: string) => ['feed', feedUrl, 'pages'] as const,
  page: (feedUrl: string, pageUrl: string) => ['feed', feedUrl, 'page', pageUrl] as const,
  item: (feedUrl: string, id: string) => ['feed', feedUrl, 'item', id] as const,
};

/** One feed document (a page of the feed). */
export function feedPageQuery(feedUrl: string, pageUrl: string) {
  return queryOptions({
    queryKey: feedKeys.page(feedUrl, pageUrl),
    queryFn: ({ signal, client }) =>
      fetchFeedPage(pageUrl, signal).catch(async (error: unknown) => {
        await cacheRestored(client);
        throw error;
      }),
    staleTime: PAGE_STALE_TIME,
  });
}

/**
 * A page read on behalf of another query (the list, an article). It does not retry by itself:
 * the outer query retries, and pauses while offline, so the screen can say so.
 */
export function readPage(client: QueryClient, feedUrl: string, pageUrl: string): Promise<FeedPage> {
  return client.fetchQuery({ ...feedPageQuery(feedUrl, pageUrl), retry: false });
}

/** The feed as the list shows it: page after page, following `next_url`. */
export function feedQuery(feedUrl: string) {
  return infiniteQueryOptions({
    queryKey: feedKeys.pages(feedUrl),
    queryFn: ({ pageParam, client }) => readPage(client, feedUrl, pageParam),
    initialPageParam: feedUrl,
    getNextPageParam: (last: FeedPage, pages: FeedPage[]) =>
      last.nextUrl && pages.length < MAX_PAGES && !pages.some((page) => page.url === last.nextUrl)
        ? last.nextUrl
        : undefined,
    staleTime: PAGE_STALE_TIME,
  });
}
