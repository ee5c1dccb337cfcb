import type { QueryClient } from '@tanstack/react-query';
import { feedFromLocation } from '../config/feed-location';
import { paths } from '../config/paths';
import {
  askForFirstItems,
  FIRST_ITEMS_FEEDS,
  feedPageQuery,
  feedQuery,
} from '../features/feed/api/queries';
import { activeSubscriptions } from '../features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';
import { queriesSettled, querySettled } from '../lib/query-client';
import { startOnWrittenPages } from './written-pages';

/**
 * Every page shows a feed's first page (the masthead at least), and the front page every
 * subscription's, so those requests start before React renders and alongside the restore of
 * the saved cache, instead of after it. Resolves once the page's list has them, or has stopped
 * trying for now (failed, or offline).
 */
export function startFirstRequests(client: QueryClient, pathname: string, search: string) {
  const { feedUrl, feedParam } = feedFromLocation(search);
  if (pathname === paths.home() && feedParam === null) {
    startOnWrittenPages(client);
    const subscriptions = activeSubscriptions(useSubscriptionStore.getState());
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
