import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { allPagesQuery, feedQuery } from '../api/queries';
import { articlesOf } from '../utils/articles-of';

/**
 * The feed's loaded pages, flattened for lists. `whole` reads every page (an archive month):
 * the first page shows at once, the rest as the walk brings them.
 */
export function useFeed(feedUrl: string, whole = false) {
  const query = useInfiniteQuery(feedQuery(feedUrl));
  const all = useQuery({ ...allPagesQuery(feedUrl), enabled: whole });
  const latest = (whole ? all.data?.pages : undefined) ?? query.data?.pages;
  // Pages that arrive while the list is on screen (thousands of articles, perhaps) are listed
  // in a render that yields to the browser; pages already there on mount, at once.
  const pages = useDeferredValue(latest);
  const articles = useMemo(() => (pages ? articlesOf(pages) : []), [pages]);
  const skipped = pages?.reduce((sum, page) => sum + page.skipped, 0) ?? 0;
  return {
    query,
    feed: pages?.[0]?.feed,
    /** The pages are listed; false also while newly arrived first pages are being rendered. */
    listed: pages !== undefined,
    articles,
    skipped,
    missingItems: pages?.[0]?.missingItems ?? false,
    /** Only the first items of the feed's first page are in: the rest is downloading. */
    partial: latest?.[0]?.partial ?? false,
    /** "Older posts" can read another page. */
    canReadOlder: !whole && query.hasNextPage,
  };
}
