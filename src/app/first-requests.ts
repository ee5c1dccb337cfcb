import type { QueryClient } from '@tanstack/react-query';
import { feedFromLocation } from '../config/feed-location';
import { feedQuery } from '../features/feed/api/queries';
import { querySettled } from '../lib/query-client';

/**
 * Every page shows the feed's first page (the masthead at least), so its request starts before
 * React renders and alongside the restore of the saved cache, instead of after it. Resolves
 * once the front page's list has it, or has stopped trying for now (failed, or offline).
 */
export function startFirstRequests(client: QueryClient, search: string): Promise<void> {
  const { feedUrl } = feedFromLocation(search);
  const { queryKey } = feedQuery(feedUrl);
  void client.prefetchInfiniteQuery(feedQuery(feedUrl));
  return querySettled(client, queryKey);
}
