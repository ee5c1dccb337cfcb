import type { QueryClient } from '@tanstack/react-query';
import { heldArticles } from '../features/feed/api/held-articles';
import type { SavedArticle } from '../features/offline/store/saved-store';
import { useReadingStore } from '../features/reading/store/reading-store';
import { parseArticleKey } from '../lib/article-ref';
import { own } from '../lib/own';

const DAY = 24 * 60 * 60 * 1000;
/** Every mark is kept this long after the article was read. */
const MARKS_KEPT_MS = 30 * DAY;
/** Marks of feeds the cache no longer holds (left, or read once by address) go after this. */
const UNHELD_MARKS_KEPT_MS = 365 * DAY;
/** How often the marks are sorted through. */
const SORTED_EVERY_MS = DAY;
/** Read marks are sorted through once there are this many. */
export const SORT_MARKS_FROM = 1_000;

/** After the app has read the subscriptions: sorts the read marks once there are many. */
export async function sortReadMarks(client: QueryClient): Promise<void> {
  const { read } = useReadingStore.getState();
  if (Object.keys(read).length < SORT_MARKS_FROM) return;
  // Saved articles keep their marks; their store (and its schema library) loads only now.
  const { useSavedStore } = await import('../features/offline/store/saved-store');
  forgetReadMarks(client, useSavedStore.getState().saved);
}

/**
 * Lets go of the read marks nothing shows any more, never a saved article's: a month after the
 * article was read, once its feed (read whole) lists it no longer and no cached page holds it;
 * a year after, when its feed is not in the cache at all. Without this the marks grow for good:
 * every write of them grows too, and storage fills. Returns how many went (none when sorted
 * lately).
 */
export function forgetReadMarks(
  client: QueryClient,
  saved: Readonly<Record<string, SavedArticle>>,
  now = Date.now(),
): number {
  const { pruned, forgetRead } = useReadingStore.getState();
  if (pruned !== undefined && now - MARKS_KEPT_MS - Date.parse(pruned) < SORTED_EVERY_MS) return 0;
  const held = heldArticles(client);
  const yearAgo = now - UNHELD_MARKS_KEPT_MS;
  return forgetRead(new Date(now - MARKS_KEPT_MS).toISOString(), (key, at) => {
    if (held.articles.has(key)) return true;
    const savedArticle = own(saved, key);
    if (savedArticle && !savedArticle.removedAt) return true;
    const ref = parseArticleKey(key);
    return ref !== undefined && !held.feeds.has(ref.feedUrl) && Date.parse(at) >= yearAgo;
  });
}
