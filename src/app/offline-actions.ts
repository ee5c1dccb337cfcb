import type { QueryClient } from '@tanstack/react-query';
import { articleQuery, latestArticles } from '../features/feed/api/queries';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { imagesOf } from '../features/feed/utils/images';
import { useSavedStore } from '../features/offline/store/saved-store';
import { requestPersistentStorage, warmImages } from '../lib/storage';

/**
 * Saving an article reads everything its page shows (the article, its pictures, its existing
 * comments) so the query cache and the service worker hold them, then marks it saved.
 */
export async function saveForOffline(
  client: QueryClient,
  source: FeedSource,
  article: Article,
  prefetchComments: (client: QueryClient, commentsUrl: string) => Promise<void>,
): Promise<void> {
  await Promise.all([
    client.prefetchQuery(articleQuery(source.feedUrl, article.id)),
    warmImages(imagesOf(article)),
    article.commentsUrl ? prefetchComments(client, article.commentsUrl) : undefined,
  ]);
  useSavedStore.getState().save({
    feedUrl: source.feedUrl,
    feedParam: source.feedParam,
    id: article.id,
    title: article.title,
    savedAt: new Date().toISOString(),
  });
  void requestPersistentStorage();
}

export async function saveLatest(
  client: QueryClient,
  source: FeedSource,
  count: number,
  prefetchComments: (client: QueryClient, commentsUrl: string) => Promise<void>,
): Promise<number> {
  const articles = await latestArticles(client, source.feedUrl, count);
  await Promise.all(
    articles.map((article) => saveForOffline(client, source, article, prefetchComments)),
  );
  return articles.length;
}
