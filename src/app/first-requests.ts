import type { QueryClient } from '@tanstack/react-query';
import { feedFromLocation } from '../config/feed-location';
import { folderOf, paths, tagOf } from '../config/paths';
import {
  askForFirstItems,
  FIRST_ITEMS_FEEDS,
  feedPageQuery,
  feedQuery,
} from '../features/feed/api/queries';
import { activeSubscriptions, inFolder } from '../features/subscriptions/store/subscription-data';
import type { Subscription } from '../features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';
import { queriesSettled, querySettled } from '../lib/query-client';
import { startOnWrittenPages } from './written-pages';

/**
 * The subscriptions a page without `?feed=` reads: all of them on the front page and a tag's
 * page, those in it on a folder's (in the order public/boot.js preloads them). Undefined where
 * the page reads one feed.
 */
function riverOf(pathname: string, feedParam: string | null): readonly Subscription[] | undefined {
  if (feedParam !== null) return undefined;
  const folder = folderOf(pathname);
  if (pathname !== paths.home() && folder === undefined && tagOf(pathname) === undefined) {
    return undefined;
  }
  return inFolder(activeSubscriptions(useSubscriptionStore.getState()), folder);
}

/**
 * Every page shows a feed's first page (the masthead at least), and a page of the reader's
 * subscriptions each one's, so those requests start before React renders and alongside the
 * restore of the saved cache, instead of after it. Resolves once the page's list has them, or
 * has stopped trying for now (failed, or offline).
 */
export function startFirstRequests(client: QueryClient, pathname: string, search: string) {
  const { feedUrl, feedParam } = feedFromLocation(search);
  const subscriptions = riverOf(pathname, feedParam);
  if (subscriptions !== undefined) {
    startOnWrittenPages(client);
    // A long feed's first items are shown while the rest of it downloads.
    const firstItems = subscriptions.length <= FIRST_ITEMS_FEEDS;
    const queries = subscriptions.map((feed) => {
      if (firstItems) askForFirstItems(client, feed.feedUrl);
      return feedPageQuery(feed.feedUrl, feed.feedUrl);
    });
    for (const query of queries) void client.prefetchQuery(query);
    return queriesSettled(
      client,
      queries.map((query) => query.queryKey),
    );
  }
  const { queryKey } = feedQuery(feedUrl);
  void client.prefetchInfiniteQuery(feedQuery(feedUrl));
  return querySettled(client, queryKey);
}
