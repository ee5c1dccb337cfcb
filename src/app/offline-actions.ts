import { onlineManager } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import {
  articleQuery,
  cachedLatestArticles,
  latestArticles,
} from '../features/feed/api/article-queries';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { imagesOf } from '../features/feed/utils/images';
import { useSavedStore } from '../features/offline/store/saved-store';
import type { SavedArticle, SaveOutcome } from '../features/offline/store/saved-store';
import { saveQueryCache } from '../lib/query-persister';
import { requestPersistentStorage } from '../lib/storage-quota';
import { warmImages } from '../lib/warm-images';

type PrefetchComments = (client: QueryClient, commentsUrl: string) => Promise<void>;

/**
 * Reads everything an article's page shows (the article, its pictures, its comments). Offline,
 * nothing: what the cache holds is what is saved, at once, not once the network is back.
 */
async function readAll(
  client: QueryClient,
  source: Pick<FeedSource, 'feedUrl'>,
  article: Article,
  prefetchComments: PrefetchComments,
) {
  if (!onlineManager.isOnline()) return;
  await Promise.all([
    client.prefetchQuery(articleQuery(source.feedUrl, article.id)),
    warmImages(imagesOf(article)),
    article.commentsUrl ? prefetchComments(client, article.commentsUrl) : undefined,
  ]);
}

/**
 * Marks articles saved once the query cache holding them is written (the service worker holds
 * their pictures), so "saved" holds even if the page is closed at once. Nothing is marked saved
 * when the cache could not be written: the list would promise a copy that is not there.
 */
async function markSaved(
  client: QueryClient,
  articles: { source: Pick<FeedSource, 'feedUrl' | 'feedParam'>; article: Article }[],
): Promise<SaveOutcome> {
  if (!(await saveQueryCache(client))) return 'storage-failed';
  const savedAt = new Date().toISOString();
  const { save } = useSavedStore.getState();
  let listed = true;
  for (const { source, article } of articles) {
    const { id, title } = article;
    listed =
      save({ feedUrl: source.feedUrl, feedParam: source.feedParam, id, title, savedAt }) && listed;
  }
  void requestPersistentStorage();
  return listed ? 'saved' : 'storage-failed';
}

/** "Save for offline" on an article. */
export async function saveForOffline(
  client: QueryClient,
  source: FeedSource,
  article: Article,
  prefetchComments: PrefetchComments,
): Promise<SaveOutcome> {
  await readAll(client, source, article, prefetchComments);
  return markSaved(client, [{ source, article }]);
}

/** The newest articles of a feed: read, as many pages as that takes; offline, those at hand. */
function latestOf(client: QueryClient, feedUrl: string, count: number): Promise<Article[]> {
  return onlineManager.isOnline()
    ? latestArticles(client, feedUrl, count)
    : Promise.resolve(cachedLatestArticles(client, feedUrl, count));
}

/** "Save the latest 20" on a list: the newest articles, as many pages as that takes. */
export async function saveLatest(
  client: QueryClient,
  source: FeedSource,
  count: number,
  prefetchComments: PrefetchComments,
): Promise<number | 'storage-failed'> {
  const articles = await latestOf(client, source.feedUrl, count);
  return saveAll(
    client,
    articles.map((article) => ({ source, article })),
    prefetchComments,
  );
}

const newestFirst = (a: Article, b: Article) =>
  (Date.parse(b.published ?? '') || 0) - (Date.parse(a.published ?? '') || 0);

/** "Save the latest 20" on the front page: the newest of several feeds, each with its own. */
export async function saveLatestOfFeeds(
  client: QueryClient,
  sources: readonly Pick<FeedSource, 'feedUrl' | 'feedParam'>[],
  count: number,
  prefetchComments: PrefetchComments,
): Promise<number | 'storage-failed'> {
  // A feed that cannot be read now has nothing to add; the others are still saved.
  const lists = await Promise.all(
    sources.map(async (source) => {
      const articles = await latestOf(client, source.feedUrl, count).catch(() => []);
      return articles.map((article) => ({ source, article }));
    }),
  );
  const latest = lists
    .flat()
    .sort((a, b) => newestFirst(a.article, b.article))
    .slice(0, count);
  return saveAll(client, latest, prefetchComments);
}

async function saveAll(
  client: QueryClient,
  articles: { source: Pick<FeedSource, 'feedUrl' | 'feedParam'>; article: Article }[],
  prefetchComments: PrefetchComments,
): Promise<number | 'storage-failed'> {
  await Promise.all(
    articles.map(({ source, article }) => readAll(client, source, article, prefetchComments)),
  );
  const outcome = await markSaved(client, articles);
  return outcome === 'saved' ? articles.length : outcome;
}

/**
 * Saved articles a backup brought from another browser, read here as "Save for offline" reads
 * them: the list came with the backup, the copies did not. How many were kept, and the titles of
 * those that could not be read (an article its feed no longer lists, a feed that fails, no
 * network), or that storage refused.
 */
export async function readRestored(
  client: QueryClient,
  articles: readonly Pick<SavedArticle, 'feedUrl' | 'id' | 'title'>[],
  prefetchComments: PrefetchComments,
): Promise<{ kept: number; missed: string[] }> {
  const all = articles.map(({ title }) => title);
  if (!onlineManager.isOnline()) return { kept: 0, missed: all };
  const missed: string[] = [];
  await Promise.all(
    articles.map(async ({ feedUrl, id, title }) => {
      try {
        const { article } = await client.fetchQuery(articleQuery(feedUrl, id));
        await readAll(client, { feedUrl }, article, prefetchComments);
      } catch {
        missed.push(title);
      }
    }),
  );
  if (!(await saveQueryCache(client))) return { kept: 0, missed: all };
  return { kept: articles.length - missed.length, missed };
}
