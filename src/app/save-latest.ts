import type { QueryClient } from '@tanstack/react-query';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';

/** How many articles "Save the latest" saves. */
export const SAVE_LATEST = 20;

/** Saving is loaded when asked for: a list can show without it. */
function saving() {
  return Promise.all([import('./offline-actions'), import('./comments-prefetch')]);
}

/** The latest articles of one feed, as many pages as that takes. */
export async function saveLatestOfFeed(client: QueryClient, source: FeedSource) {
  const [{ saveLatest }, { prefetchComments }] = await saving();
  return saveLatest(client, source, SAVE_LATEST, prefetchComments);
}

/** The latest articles of several feeds (the front page), each saved with its own feed. */
export async function saveLatestOfFeeds(
  client: QueryClient,
  sources: readonly Pick<FeedSource, 'feedUrl' | 'feedParam'>[],
) {
  const [{ saveLatestOfFeeds: save }, { prefetchComments }] = await saving();
  return save(client, sources, SAVE_LATEST, prefetchComments);
}
