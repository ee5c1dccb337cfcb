import type { QueryClient } from '@tanstack/react-query';
import { articleKey } from '../../../lib/article-ref';
import type { ArticleResult } from './article-queries';
import type { FeedPage } from './types';

export interface HeldArticles {
  /** The feeds whose first page the cache holds whole: what they list now is known. */
  feeds: Set<string>;
  /** Every article a cached page or article holds, by articleKey. */
  articles: Set<string>;
}

/** What the cache holds of the feeds: the lists and articles that open without the network. */
export function heldArticles(client: QueryClient): HeldArticles {
  const feeds = new Set<string>();
  const articles = new Set<string>();
  for (const query of client.getQueryCache().findAll({ queryKey: ['feed'] })) {
    const [, feedUrl, kind, at] = query.queryKey as readonly [string, string, string, string?];
    const { data } = query.state;
    if (data === undefined) continue;
    // Every list and the archive are made of these pages, so the pages are all there is to read.
    if (kind === 'page') {
      const page = data as FeedPage;
      if (at === feedUrl && !page.partial) feeds.add(feedUrl);
      for (const article of page.articles) articles.add(articleKey({ feedUrl, id: article.id }));
    } else if (kind === 'item') {
      articles.add(articleKey({ feedUrl, id: (data as ArticleResult).article.id }));
    }
  }
  return { feeds, articles };
}
