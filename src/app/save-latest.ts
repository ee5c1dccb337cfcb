import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';

/** How many articles "Save the latest" saves. */
export const SAVE_LATEST = 20;

const newestFirst = (a: Article, b: Article) =>
  (Date.parse(b.published ?? '') || 0) - (Date.parse(a.published ?? '') || 0);

/** Saving is loaded when asked for: a list can show without it. */
function saving() {
  return Promise.all([import('./offline-actions'), import('./comments-prefetch')]);
}

/** The latest articles of one feed, as many pages as that takes. */
export async function saveLatestOfFeed(client: QueryClient, source: FeedSource) {
  const [{ saveLatest }, { prefetchComments }] = await saving();
  return saveLatest(client, source, SAVE_LATEST, prefetchComments);
}

/** The latest articles of several feeds' (the front page), each saved with its own feed. */
export async function saveLatestListed(client: QueryClient, articles: readonly Article[]) {
  const [{ saveListed }, { prefetchComments }] = await saving();
  const latest = [...articles].sort(newestFirst).slice(0, SAVE_LATEST);
  return saveListed(client, latest, prefetchComments);
}
