import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { FIRST_ITEMS_FEEDS, feedPageQuery, firstItemsQuery } from '../../features/feed/api/queries';
import { pagesAtHand } from '../../features/feed/api/page-walk';
import type { Article, FeedPage } from '../../features/feed/api/types';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { unshared } from '../../lib/query-client';
import { mergeArticles, withinHorizon } from './river-articles';
import type { RiverPage } from './river-articles';

/** Several feeds' articles, each naming its feed, and how their requests stand. */
export interface River {
  /** What the river shows: every article read, down to its horizon (see withinHorizon). */
  articles: Article[];
  /** Every article read, the held-back ones too (search looks through them all). */
  read: Article[];
  /** Another feed's copies of posts in `read`, left out of it: marked read with them. */
  copies: Article[];
  skipped: number;
  /** Feeds whose first page is in, or its first items. */
  loaded: number;
  /** Some feed shows only its first items: the rest of its first page is still on its way. */
  partial: boolean;
  /** Feeds still on their first request. */
  pending: number;
  /** Feeds whose latest request failed, with the error. */
  failed: { feedUrl: string; error: Error }[];
  /** A page of some feed is still being read. */
  fetching: boolean;
  /** Every feed read lists no items at all. */
  missingItems: boolean;
  /** An older page could not be read, and the feed it is of. */
  olderError: Error | null;
  olderFailed?: Subscription;
  /** A feed has an older page than those read: "Older posts" reads one more of each. */
  hasOlder: boolean;
  /** The first page's result of each feed, in the order given. */
  firsts: UseQueryResult<FeedPage>[];
}

/**
 * The pages to show of each feed: its first, and as many older ones as "Older posts" has asked
 * for (`depth`), as far as each feed has them. The next page's address is known once the page
 * before is in; that arrival renders the river again, which then asks for the next.
 */
function pagesToRead(client: QueryClient, subscriptions: readonly Subscription[], depth: number) {
  const pages: { subscription: Subscription; pageUrl: string }[] = [];
  for (const subscription of subscriptions) {
    const { feedUrl } = subscription;
    let pageUrl: string | undefined = feedUrl;
    for (let index = 0; pageUrl && index < depth; index++) {
      pages.push({ subscription, pageUrl });
      pageUrl = client.getQueryData(feedPageQuery(feedUrl, pageUrl).queryKey)?.nextUrl;
    }
  }
  return pages;
}

/** How many pages deep the cache holds the feeds': as far as the river has read them. */
export function depthRead(client: QueryClient, subscriptions: readonly Subscription[]): number {
  let most = 1;
  for (const { feedUrl } of subscriptions) {
    const cached = (url: string) => client.getQueryData(feedPageQuery(feedUrl, url).queryKey);
    most = Math.max(most, [...pagesAtHand(feedUrl, cached)].length);
  }
  return most;
}

/**
 * The feeds whose first page is not in yet: the river shows their first items meanwhile, where
 * a long document's start has arrived (firstItemsQuery). None while too many are awaited.
 */
function awaitedFeeds(client: QueryClient, subscriptions: readonly Subscription[]): string[] {
  const awaited = subscriptions
    .map(({ feedUrl }) => feedUrl)
    .filter((feedUrl) => !client.getQueryData(feedPageQuery(feedUrl, feedUrl).queryKey));
  return awaited.length > FIRST_ITEMS_FEEDS ? [] : awaited;
}

/**
 * What the river reads of each result. Named, not tracked: tracking wraps every result of every
 * feed in a proxy each time any one of them changes.
 */
const RESULT_PROPS: (keyof UseQueryResult)[] = ['data', 'error', 'status', 'fetchStatus'];
const DATA: (keyof UseQueryResult)[] = ['data'];

/**
 * The river: every subscription's pages, read through the same queries (and the same cache) as
 * each feed's own page, merged. Never copied into a store.
 */
export function useRiver(subscriptions: readonly Subscription[], depth = 1): River {
  const client = useQueryClient();
  const pages = pagesToRead(client, subscriptions, depth);
  const shown: RiverPage[] = pages.map(({ subscription, pageUrl }) => ({
    subscription,
    first: pageUrl === subscription.feedUrl,
  }));
  const awaited = awaitedFeeds(client, subscriptions);
  const key = JSON.stringify([
    pages.map(({ subscription, pageUrl }) => [subscription.feedUrl, subscription.title, pageUrl]),
    awaited,
  ]);
  // The pages merged last, and their articles.
  const merged = useRef<{
    key: string;
    pages: (FeedPage | undefined)[];
    read: Article[];
    copies: Article[];
    articles: Article[];
  }>({ key: '', pages: [], read: [], copies: [], articles: [] });
  const combine = useCallback(
    (results: UseQueryResult<FeedPage>[]) => {
      const river: River = {
        articles: [],
        read: [],
        copies: [],
        skipped: 0,
        loaded: 0,
        pending: 0,
        failed: [],
        fetching: false,
        missingItems: false,
        olderError: null,
        hasOlder: false,
        firsts: [],
        partial: false,
      };
      // After the pages' results, the first items of the feeds awaited.
      const firstItems = new Map(
        awaited.map((feedUrl, index) => [feedUrl, results[shown.length + index]?.data]),
      );
      const pages: (FeedPage | undefined)[] = [];
      const firstPages: (FeedPage | undefined)[] = [];
      results.slice(0, shown.length).forEach((result, index) => {
        const page = shown[index];
        if (!page) return;
        const { subscription } = page;
        const data = result.data ?? (page.first ? firstItems.get(subscription.feedUrl) : undefined);
        pages.push(data);
        if (page.first) {
          river.firsts.push(result);
          firstPages.push(data);
        }
        if (result.isFetching) river.fetching = true;
        if (data) {
          if (page.first) river.loaded++;
          if (data.partial) river.partial = true;
          river.skipped += data.skipped;
          const next = shown[index + 1];
          if (data.nextUrl && next?.subscription !== subscription) river.hasOlder = true;
        } else if (result.isPending && page.first) river.pending++;
        if (result.error && page.first) {
          river.failed.push({ feedUrl: subscription.feedUrl, error: result.error });
        } else if (result.error && !river.olderError) {
          river.olderError = result.error;
          river.olderFailed = subscription;
        }
      });
      // A request starting or ending changes the results, not the pages: the list stays the
      // same array, so nothing is sorted or laid out again (a refresh of a hundred unchanged
      // feeds is two hundred such changes).
      const last = merged.current;
      const same =
        last.key === key &&
        last.pages.length === pages.length &&
        last.pages.every((page, index) => page === pages[index]);
      if (!same) {
        const copies: Article[] = [];
        const read = mergeArticles(shown, pages, copies);
        const articles = withinHorizon(shown, pages, read);
        merged.current = { key, pages, read, copies, articles };
      }
      river.articles = merged.current.articles;
      river.read = merged.current.read;
      river.copies = merged.current.copies;
      river.missingItems =
        river.loaded > 0 && firstPages.every((page) => !page || page.missingItems);
      return unshared(river);
    },
    // `shown` is new on every render; `key` says when it holds other pages or names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return useQueries({
    queries: [
      ...pages.map(({ subscription, pageUrl }) => ({
        ...feedPageQuery(subscription.feedUrl, pageUrl),
        notifyOnChangeProps: RESULT_PROPS,
      })),
      ...awaited.map((feedUrl) => ({ ...firstItemsQuery(feedUrl), notifyOnChangeProps: DATA })),
    ],
    combine,
  }).value;
}

/**
 * Reads the next page of every feed that has one, before "Older posts" shows more: resolves
 * once they are in (or have failed: the river says which).
 */
export async function readOlder(
  client: QueryClient,
  subscriptions: readonly Subscription[],
  depth: number,
): Promise<void> {
  const last = new Map<Subscription, string>();
  for (const { subscription, pageUrl } of pagesToRead(client, subscriptions, depth + 1)) {
    last.set(subscription, pageUrl);
  }
  // Only the pages not read yet: a feed with no older page (or whose first page is failing, and
  // retried on its own) has nothing to add, and waiting on it would hold the others back.
  const older = [...last].filter(
    ([{ feedUrl }, pageUrl]) =>
      pageUrl !== feedUrl &&
      client.getQueryData(feedPageQuery(feedUrl, pageUrl).queryKey) === undefined,
  );
  await Promise.allSettled(
    older.map(([subscription, pageUrl]) =>
      client.prefetchQuery(feedPageQuery(subscription.feedUrl, pageUrl)),
    ),
  );
}
