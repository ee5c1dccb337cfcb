import { fetchJson } from '../../../lib/http';
import type { FeedPage } from './types';

/**
 * fetch → check status → parse JSON → validate → normalise. Every failure is a LoadError.
 * The validator is only needed once the document has arrived, so its code downloads alongside
 * the document instead of holding up the first paint.
 */
export async function fetchFeedPage(pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  const [json, { parseFeedPage }] = await Promise.all([
    fetchJson(pageUrl, signal),
    import('./formats/json-feed'),
  ]);
  return parseFeedPage(json, pageUrl);
}
