import type { QueryClient } from '@tanstack/react-query';
import { feedPageQuery } from '../features/feed/api/queries';
import { resolveFeedUrl } from '../features/feed/hooks/use-feed-source';

/**
 * Every page shows the feed's first page (the masthead at least), so its request starts before
 * React renders and alongside the restore of the saved cache, instead of after it.
 */
export function startFirstRequests(client: QueryClient, search: string) {
  const feedUrl = resolveFeedUrl(new URLSearchParams(search).get('feed') || null);
  void client.prefetchQuery(feedPageQuery(feedUrl, feedUrl));
}
