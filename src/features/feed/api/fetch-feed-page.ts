import { fetchJson } from '../../../lib/http';
import { parseFeedPage } from './normalize';
import type { FeedPage } from './types';

/** fetch → check status → parse JSON → validate → normalise. Every failure is a LoadError. */
export async function fetchFeedPage(pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  const json = await fetchJson(pageUrl, signal);
  return parseFeedPage(json, pageUrl);
}
