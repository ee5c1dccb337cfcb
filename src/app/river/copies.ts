import type { QueryClient } from '@tanstack/react-query';
import type { Article, FeedPage } from '../../features/feed/api/types';
import type { ArticleRef } from '../../lib/article-ref';
import { postKeys } from './river-articles';

/**
 * Other feeds' copies of an article, among the pages read (a site's RSS and Atom feeds, a
 * planet and its writer's blog): the river lists one of them, and opening it reads them all.
 */
export function copiesOf(client: QueryClient, feedUrl: string, article: Article): ArticleRef[] {
  const keys = new Set(postKeys(article));
  if (keys.size === 0) return [];
  return client
    .getQueriesData<FeedPage>({
      queryKey: ['feed'],
      predicate: ({ queryKey }) => queryKey[2] === 'page' && queryKey[1] !== feedUrl,
    })
    .flatMap(([queryKey, page]) =>
      (page?.articles ?? [])
        .filter((copy) => postKeys(copy).some((key) => keys.has(key)))
        .map((copy) => ({ feedUrl: String(queryKey[1]), id: copy.id })),
    );
}
