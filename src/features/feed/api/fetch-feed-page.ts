import { fetchBody } from '../../../lib/http';
import { feedRequests } from './feed-requests';
import type { FeedPage } from './types';

/**
 * The one way a feed page arrives, for every format: fetch → bytes to text → what the document
 * is → that format's adapter → FeedPage. Every failure is a LoadError. The code that reads the
 * document downloads beside it instead of holding up the first paint.
 *
 * Given the page the reader has, it asks whether that changed and, when not (a 304, the same
 * validators or the same text), returns that very object: no parsing, nothing new to render.
 */
export async function fetchFeedPage(
  pageUrl: string,
  signal?: AbortSignal,
  previous?: FeedPage,
): Promise<FeedPage> {
  const reader = import('./read-feed-document');
  reader.catch(() => undefined);
  // Most feeds are XML, read in a worker: one read for the first time starts it at once.
  if (!previous && !namedAsJson(pageUrl)) {
    import('./formats/read-in-worker').then(
      ({ startReader }) => startReader(),
      () => undefined,
    );
  }
  const fetched = await feedRequests.run(
    () => fetchBody(pageUrl, { signal, previous: previous?.validators }),
    signal,
  );
  if (!fetched.changed) return previous ?? fetchFeedPage(pageUrl, signal);
  const { readFeedBody } = await reader;
  const { page, digest } = await readFeedBody(
    fetched,
    pageUrl,
    signal,
    previous?.validators?.digest,
  );
  if (!page) return previous ?? fetchFeedPage(pageUrl, signal);
  // A page found through a web page (autodiscovery) is not what this address served.
  return page.url === pageUrl ? { ...page, validators: { ...fetched.validators, digest } } : page;
}

/** "…/feed.json", "…/feed/json": addresses that say they serve a JSON Feed. */
function namedAsJson(pageUrl: string): boolean {
  const [path = ''] = pageUrl.split(/[?#]/);
  return /(\.json|\/json\/?)$/i.test(path);
}
