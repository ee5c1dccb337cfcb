import type { QueryClient } from '@tanstack/react-query';
import { cachedArticleIds } from '../features/feed/api/article-queries';
import type { SavedArticle } from '../features/offline/store/saved-store';
import { activeSubscriptions } from '../features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';

const DAY = 24 * 60 * 60 * 1000;
/** A feed the reader does not follow is kept this long after it was last read. */
const UNFOLLOWED_KEPT_MS = 30 * DAY;

/** After the app has read the subscriptions: lets go of the feeds nobody reads any more. */
export async function sortFeeds(client: QueryClient): Promise<string[]> {
  // Feeds with a saved article stay; that store (and its schema library) loads only now.
  const { useSavedStore } = await import('../features/offline/store/saved-store');
  const followed = activeSubscriptions(useSubscriptionStore.getState()).map((f) => f.feedUrl);
  const gone = forgetUnfollowedFeeds(client, followed, useSavedStore.getState().saved);
  forgetArticlesInPages(client);
  return gone;
}

/**
 * Lets go of each article's own query (2 to 12 KB, one for every article ever opened) where
 * the feed's cached pages hold the article: opening it again builds it from them, online or
 * not (ArticleView's initialData, findArticle's fallback). Not of one on screen, nor of one
 * the pages no longer hold (a feed that has stopped listing it): that query is its only copy.
 * Without this the saved cache grows with every article read, and every start reads it back.
 */
export function forgetArticlesInPages(client: QueryClient): void {
  const held = new Map<string, Set<string>>();
  for (const query of client.getQueryCache().findAll({ queryKey: ['feed'] })) {
    const [, feedUrl, kind, id] = query.queryKey as readonly [string, string, string, string];
    if (kind !== 'item' || query.getObserversCount() > 0) continue;
    let ids = held.get(feedUrl);
    if (!ids) held.set(feedUrl, (ids = cachedArticleIds(client, feedUrl)));
    if (ids.has(id)) client.getQueryCache().remove(query);
  }
}

/**
 * Lets go of what the saved cache holds of a feed the reader does not follow (one read once by
 * its address, one unfollowed) and has not read for a month: its pages and articles. Never of a
 * feed on screen, nor of one with an article saved for offline. Without this the cache only
 * grows, and every start reads all of it back. Returns the feeds let go.
 */
export function forgetUnfollowedFeeds(
  client: QueryClient,
  followed: readonly string[],
  saved: Readonly<Record<string, SavedArticle>>,
  now = Date.now(),
): string[] {
  const kept = new Set(followed);
  for (const article of Object.values(saved)) {
    if (!article.removedAt) kept.add(article.feedUrl);
  }
  const lastRead = new Map<string, number>();
  for (const query of client.getQueryCache().findAll({ queryKey: ['feed'] })) {
    const feedUrl = String(query.queryKey[1]);
    if (query.getObserversCount() > 0) kept.add(feedUrl);
    lastRead.set(feedUrl, Math.max(lastRead.get(feedUrl) ?? 0, query.state.dataUpdatedAt));
  }
  const gone = [...lastRead]
    .filter(([feedUrl, at]) => !kept.has(feedUrl) && now - at > UNFOLLOWED_KEPT_MS)
    .map(([feedUrl]) => feedUrl);
  for (const feedUrl of gone) client.removeQueries({ queryKey: ['feed', feedUrl] });
  return gone;
}
