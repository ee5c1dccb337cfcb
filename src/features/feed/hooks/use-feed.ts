import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQuery } from '../api/queries';
import type { Article, FeedPage } from '../api/types';

/** Every article from the pages loaded so far, once each, in feed order. */
export function articlesOf(pages: FeedPage[]): Article[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.articles.filter((article) => !seen.has(article.id) && Boolean(seen.add(article.id))),
  );
}

/** The feed's loaded pages, flattened for lists. */
export function useFeed(feedUrl: string) {
  const query = useInfiniteQuery(feedQuery(feedUrl));
  const pages = query.data?.pages;
  const articles = useMemo(() => (pages ? articlesOf(pages) : []), [pages]);
  const skipped = pages?.reduce((sum, page) => sum + page.skipped, 0) ?? 0;
  return {
    query,
    feed: pages?.[0]?.feed,
    articles,
    skipped,
    missingItems: pages?.[0]?.missingItems ?? false,
  };
}
