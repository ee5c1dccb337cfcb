import { infiniteQueryOptions, queryOptions, skipToken } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { nextTask } from '../../../lib/next-task';
import { cacheRestored } from '../../../lib/query-client';
import { fetchFeedPage } from './fetch-feed-page';
import { isTruncated, nextPageUrl, readPages } from './page-walk';
import { withEarlier } from './retention';
import type { FeedPage } from './types';

export const PAGE_STALE_TIME = 5 * 60 * 1000;

export const feedKeys = {
  pages: (feedUrl: string) => ['feed', feedUrl, 'pages'] as const,
  allPages: (feedUrl: string) => ['feed', feedUrl, 'all-pages'] as const,
  page: (feedUrl: string, pageUrl: string) => ['feed', feedUrl, 'page', pageUrl] as const,
  item: (feedUrl: string, id: string) => ['feed', feedUrl, 'item', id] as const,
  firstItems: (feedUrl: string) => ['feed', feedUrl, 'first-items'] as const,
};

/**
 * One feed document (a page of the feed). A refetch hands the page already cached to the
 * fetch, which returns that same object when the feed has not changed. A first page read
 * again keeps the articles the feed has since dropped (retention.ts); its undated articles
 * take the time they were first listed (seen-dates.ts). A feed's list waiting for
 * its first page is shown that page's first items while a long document downloads.
 */
export function feedPageQuery(feedUrl: string, pageUrl: string) {
  return queryOptions({
    queryKey: feedKeys.page(feedUrl, pageUrl),
    queryFn: async ({ signal, client, queryKey }) => {
      const previous = client.getQueryData<FeedPage>(queryKey);
      try {
        const first = pageUrl === feedUrl;
        // Read only where a list waits for them: the feed's own, or the front page's.
        const firstScreen =
          first && (listWaiting(client, feedUrl) || riverWaiting(client, feedUrl))
            ? (page: FeedPage) => showFirstItems(client, feedUrl, page)
            : undefined;
        const page = await fetchFeedPage(pageUrl, signal, previous, firstScreen, first);
        // A changed page reaches the screens that show it in a task after the one that read it.
        if (page !== previous) await nextTask();
        if (!first) return page;
        // The copy saved on an earlier visit may come back from storage while the feed downloads
        // (a reload of the feed's page): what it holds that the feed no longer lists stays too.
        if (!previous) await cacheRestored(client);
        return withEarlier(feedUrl, previous ?? client.getQueryData<FeedPage>(queryKey), page);
      } catch (error) {
        await cacheRestored(client);
        throw error;
      }
    },
    staleTime: PAGE_STALE_TIME,
  });
}

/** The feed's list is asked for and has nothing to show yet, or only its first items. */
function listWaiting(client: QueryClient, feedUrl: string): boolean {
  // Looked up by its hash: a search of the cache, for each of a thousand feeds read at once
  // (an OPML import), made long tasks.
  const list = client.getQueryState<InfiniteData<FeedPage, string>>(feedKeys.pages(feedUrl));
  return list !== undefined && (list.data === undefined || list.data.pages[0]?.partial === true);
}

/** The front page asks for the feed's first items (see firstItemsQuery). */
function riverWaiting(client: QueryClient, feedUrl: string): boolean {
  return client.getQueryState(feedKeys.firstItems(feedUrl)) !== undefined;
}

/**
 * The first items of a feed's first page (more of them each time more has arrived), in the
 * lists that wait for that page.
 */
function showFirstItems(client: QueryClient, feedUrl: string, page: FeedPage): void {
  if (listWaiting(client, feedUrl)) {
    client.setQueryData<InfiniteData<FeedPage, string>>(feedKeys.pages(feedUrl), {
      pages: [page],
      pageParams: [feedUrl],
    });
  }
  if (riverWaiting(client, feedUrl)) client.setQueryData(feedKeys.firstItems(feedUrl), page);
}

/**
 * A feed's first items (a page marked `partial`) while its first page downloads, for the front
 * page, which merges pages rather than listing one feed's: never fetched, the page's own request
 * sets it once it exists. Not saved with the cache: the whole page is what is kept.
 */
export function firstItemsQuery(feedUrl: string) {
  return queryOptions<FeedPage, Error, FeedPage, ReturnType<typeof feedKeys.firstItems>>({
    queryKey: feedKeys.firstItems(feedUrl),
    queryFn: skipToken,
    gcTime: FIRST_ITEMS_KEPT,
    meta: { persist: false },
  });
}

/** How long first items stay in memory once no list shows them (the whole page is in). */
const FIRST_ITEMS_KEPT = 60 * 1000;

/**
 * How many feeds at most a front page awaits the first items of. One that awaits more fills
 * from the feeds that come first; watching the first items of a thousand feeds just imported
 * cost over 100 ms of long tasks.
 */
export const FIRST_ITEMS_FEEDS = 50;

/**
 * Asks for the feed's first items before anything shows them, where its first page's request
 * starts before the front page has rendered (src/app/first-requests.ts).
 */
export function askForFirstItems(client: QueryClient, feedUrl: string): void {
  const { queryKey, gcTime, meta } = firstItemsQuery(feedUrl);
  client.getQueryCache().build(client, { queryKey, gcTime, meta });
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
    getNextPageParam: (_last: FeedPage, pages: FeedPage[]) => nextPageUrl(pages),
    // A list left with only its first items (the rest never arrived) is read again at once.
    staleTime: ({ state }) => (state.data?.pages[0]?.partial ? 0 : PAGE_STALE_TIME),
  });
}

export interface AllPages {
  pages: FeedPage[];
  /** Older pages are still to be read (or could not be). */
  partial: boolean;
  /** The walk stopped at its page limit while the feed went on. */
  truncated: boolean;
}

/**
 * Every page of the feed (as far as the walk goes), read through the page cache, for views
 * that count the whole feed (the archive). The first read shows pages as they arrive; a
 * refresh keeps the complete list on screen until the new one is whole.
 */
export function allPagesQuery(feedUrl: string) {
  return queryOptions({
    queryKey: feedKeys.allPages(feedUrl),
    queryFn: async ({ client, queryKey }): Promise<AllPages> => {
      const progressive = client.getQueryData<AllPages>(queryKey)?.partial ?? true;
      const pages: FeedPage[] = [];
      for await (const page of readPages(feedUrl, (url) => readPage(client, feedUrl, url))) {
        pages.push(page);
        if (progressive) {
          client.setQueryData<AllPages>(queryKey, {
            pages: [...pages],
            partial: true,
            truncated: false,
          });
        }
      }
      return { pages, partial: false, truncated: isTruncated(pages) };
    },
    // Counts from part of the feed are read again at once.
    staleTime: ({ state }) => (state.data?.partial ? 0 : PAGE_STALE_TIME),
  });
}
