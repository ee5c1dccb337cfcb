import type { QueryClient } from '@tanstack/react-query';
import { MAX_FEED_REQUESTS } from '../../features/feed/api/feed-requests';
import { feedPageQuery } from '../../features/feed/api/queries';
import { nextTask } from '../../lib/next-task';
import { failedLately } from '../../lib/query-client';

export interface RefreshProgress {
  done: number;
  total: number;
  failed: number;
}

export interface RefreshOptions {
  onProgress?: (progress: RefreshProgress) => void;
  /**
   * Leave alone the feeds read within their stale time (the page open has read them), and
   * those that failed within the last minute (counted as failing).
   */
  onlyStale?: boolean;
}

/**
 * Reads every feed's first page again, into the same cache the lists read. The network layer
 * keeps to a few requests at a time and asks conditionally (an unchanged feed costs a 304);
 * one feed failing never stops the others: it is counted, and its error stays on its query.
 */
export async function refreshFeeds(
  client: QueryClient,
  feedUrls: readonly string[],
  { onProgress, onlyStale = false }: RefreshOptions = {},
): Promise<RefreshProgress> {
  const progress = { done: 0, total: feedUrls.length, failed: 0 };
  onProgress?.({ ...progress });
  // As many readers as the network takes requests at a time, each taking the next feed when
  // its last is in: starting the reads of hundreds of feeds at once would itself be a long
  // task, for requests that would only wait their turn.
  const waiting = [...feedUrls];
  const reader = async () => {
    for (let feedUrl = waiting.shift(); feedUrl !== undefined; feedUrl = waiting.shift()) {
      const query = feedPageQuery(feedUrl, feedUrl);
      if (onlyStale && failedLately(client.getQueryState(query.queryKey))) {
        progress.failed++;
      } else {
        try {
          await client.fetchQuery({
            ...query,
            staleTime: onlyStale ? query.staleTime : 0,
            retry: false,
          });
        } catch {
          progress.failed++;
        }
      }
      progress.done++;
      onProgress?.({ ...progress });
      // A feed read fresh from the cache, or failing at once, answers within this task: each
      // reader still takes its next feed in a task of its own.
      await nextTask();
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_FEED_REQUESTS, waiting.length) }, reader));
  return progress;
}
