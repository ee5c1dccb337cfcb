import type { QueryClient } from '@tanstack/react-query';
import { feedFromLocation } from '../config/feed-location';
import { paths } from '../config/paths';
import { feedPageQuery, feedQuery } from '../features/feed/api/queries';
import { activeSubscriptions } from '../features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';
import { querySettled } from '../lib/query-client';

/**
 * Every page shows a feed's first page (the masthead at least), and the front page every
 * subscription's, so those requests start before React renders and alongside the restore of
 * the saved cache, instead of after it. Resolves once the page's list has them, or has stopped
 * trying for now (failed, or offline).
 */
export function startFirstRequests(client: QueryClient, pathname: string, search: string) {
  const { feedUrl, feedParam } = feedFromLocation(search);
  if (pathname === paths.home() && feedParam === null) {
    const feeds = activeSubscriptions(useSubscriptionStore.getState());
    return Promise.all(
      feeds.map((feed) => {
        const query = feedPageQuery(feed.feedUrl, feed.feedUrl);
        void client.prefetchQuery(query);
        return querySettled(client, query.queryKey);
      }),
    ).then(() => undefined);
  }
  const { queryKey } = feedQuery(feedUrl);
  void client.prefetchInfiniteQuery(feedQuery(feedUrl));
  return querySettled(client, queryKey);
}
