import { useEffect } from 'react';
import { MAX_PAGES } from '../api/queries';
import { useFeed } from './use-feed';

/**
 * The feed with every page read, as far as MAX_PAGES allows, for views that count the whole
 * feed (the archive). Pages are read one after another; a failed page stops the walk until the
 * reader retries, and a paused (offline) read is waited for, not restarted.
 */
export function useAllPages(feedUrl: string) {
  const feed = useFeed(feedUrl);
  const { data, hasNextPage, isFetchNextPageError, fetchStatus, fetchNextPage } = feed.query;
  const loadingAll = data !== undefined && hasNextPage && !isFetchNextPageError;
  const idle = fetchStatus === 'idle';
  const pages = data?.pages;
  // A fast answer can skip the "fetching" render, so the page count is what marks progress.
  const loaded = pages?.length ?? 0;

  useEffect(() => {
    if (loadingAll && idle && loaded > 0) void fetchNextPage();
  }, [loadingAll, idle, loaded, fetchNextPage]);

  const truncated =
    pages !== undefined && !hasNextPage && pages.length >= MAX_PAGES && !!pages.at(-1)?.nextUrl;
  return { ...feed, loadingAll, truncated };
}
