import type { QueryClient } from '@tanstack/react-query';
import { feedQuery } from '../features/feed/api/queries';
import { resolveFeedUrl } from '../features/feed/hooks/use-feed-source';

/**
 * Every page shows the feed's first page (the masthead at least), so its request starts before
 * React renders and alongside the restore of the saved cache, instead of after it. Resolves
 * once the front page's list has it, or has stopped trying for now (failed, or offline).
 */
export function startFirstRequests(client: QueryClient, search: string): Promise<void> {
  const feedUrl = resolveFeedUrl(new URLSearchParams(search).get('feed') || null);
  const { queryKey } = feedQuery(feedUrl);
  void client.prefetchInfiniteQuery(feedQuery(feedUrl));
  const cache = client.getQueryCache();
  return new Promise((resolve) => {
    const settled = () => {
      const state = cache.find({ queryKey, exact: true })?.state;
      return !state || state.data !== undefined || state.fetchStatus !== 'fetching';
    };
    if (settled()) return resolve();
    const unsubscribe = cache.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}
