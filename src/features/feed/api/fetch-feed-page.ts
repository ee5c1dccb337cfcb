import { fetchText } from '../../../lib/http';
import type { FeedPage } from './types';

/**
 * The one way a feed page arrives, for every format: fetch → bytes to text → what the document
 * is → that format's adapter → FeedPage. Every failure is a LoadError. The code that reads the
 * document downloads beside it instead of holding up the first paint.
 */
export async function fetchFeedPage(pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  const [text, { readFeedDocument }] = await Promise.all([
    fetchText(pageUrl, signal),
    import('./read-feed-document'),
  ]);
  return readFeedDocument(text, pageUrl, signal);
}
