import type { QueryClient } from '@tanstack/react-query';
import { articleQuery, latestArticles } from '../features/feed/api/article-queries';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { imagesOf } from '../features/feed/utils/images';
import { useSavedStore } from '../features/offline/store/saved-store';
import { saveQueryCache } from '../lib/query-persister';
import { requestPersistentStorage } from '../lib/storage-quota';
import { warmImages } from '../lib/warm-images';

type PrefetchComments = (client: QueryClient, commentsUrl: string) => Promise<void>;

/** Reads everything an article's page shows (the article, its pictures, its comments). */
function readAll(
  client: QueryClient,
  source: FeedSource,
  article: Article,
  prefetchComments: PrefetchComments,
) {
  return Promise.all([
    client.prefetchQuery(articleQuery(source.feedUrl, article.id)),
    warmImages(imagesOf(article)),
    article.commentsUrl ? prefetchComments(client, article.commentsUrl) : undefined,
  ]);
}

/**
 * Marks articles saved once the query cache holding them is written (the service worker holds
 * their pictures), so "saved" holds even if the page is closed at once.
 */
async function markSaved(client: QueryClient, source: FeedSource, articles: Article[]) {
  await saveQueryCache(client);
  const savedAt = new Date().toISOString();
  const { save } = useSavedStore.getState();
  for (const { id, title } of articles) {
    save({ feedUrl: source.feedUrl, feedParam: source.feedParam, id, title, savedAt });
  }
  void requestPersistentStorage();
}

/** "Save for offline" on an article. */
export async function saveForOffline(
  client: QueryClient,
  source: FeedSource,
  article: Article,
  prefetchComments: PrefetchComments,
): Promise<void> {
  await readAll(client, source, article, prefetchComments);
  await markSaved(client, source, [article]);
}

/** "Save the latest 20" on a list: the newest articles, as many pages as that takes. */
export async function saveLatest(
  client: QueryClient,
  source: FeedSource,
  count: number,
  prefetchComments: PrefetchComments,
): Promise<number> {
  const articles = await latestArticles(client, source.feedUrl, count);
  await Promise.all(articles.map((article) => readAll(client, source, article, prefetchComments)));
  await markSaved(client, source, articles);
  return articles.length;
}
