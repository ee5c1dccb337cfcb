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
 * Without one, a long document's first items are read while the rest downloads, and handed to
 * `onFirstScreen` (a page marked `partial`) if they are in before the whole. A feed's `first`
 * page dates its undated articles by when they were first listed (seen-dates.ts).
 */
export async function fetchFeedPage(
  pageUrl: string,
  signal?: AbortSignal,
  previous?: FeedPage,
  onFirstScreen?: (page: FeedPage) => void,
  first?: boolean,
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
  // Once the whole page is read, its first items are no longer news.
  let whole = false;
  const onPrefix =
    onFirstScreen && !previous
      ? firstScreenReader(reader, pageUrl, signal, (page) => {
          if (!whole) onFirstScreen(page);
        })
      : undefined;
  try {
    const fetched = await feedRequests.run(
      () => fetchBody(pageUrl, { signal, previous: previous?.validators, onPrefix }),
      signal,
    );
    if (!fetched.changed) return previous ?? (await fetchFeedPage(pageUrl, signal));
    const { readFeedBody, withSeenDates } = await reader;
    const { page, digest } = await readFeedBody(
      fetched,
      pageUrl,
      signal,
      previous?.validators?.digest,
    );
    if (!page) return previous ?? (await fetchFeedPage(pageUrl, signal));
    // A page found through a web page (autodiscovery) is not what this address served.
    if (page.url !== pageUrl) return page;
    const read = { ...page, validators: { ...fetched.validators, digest } };
    return first ? withSeenDates(previous, read) : read;
  } finally {
    whole = true;
  }
}

/**
 * How many items a first screen is read with: a list's first step (entry-list.tsx), and, from
 * a document whose items are long, fewer, about a phone's screen of them.
 */
const FIRST_SCREEN = { most: 25, least: 3 };

/**
 * Reads the first items of a body that is still arriving, from the prefixes fetchBody hands on:
 * one read at a time, each longer start shown when it holds more items, and no more prefixes
 * once one has given a first screen's full count. A prefix that holds too few items, or that
 * cannot be read, gives way to the longest one handed on meanwhile.
 */
function firstScreenReader(
  reader: Promise<typeof import('./read-feed-document')>,
  pageUrl: string,
  signal: AbortSignal | undefined,
  show: (page: FeedPage) => void,
): (bytes: Uint8Array, contentType: string | null) => boolean {
  let busy = false;
  let shown = 0;
  let waiting: { bytes: Uint8Array; contentType: string | null } | undefined;
  const enough = () => shown >= FIRST_SCREEN.most || signal?.aborted === true;
  const read = (body: { bytes: Uint8Array; contentType: string | null }) => {
    busy = true;
    reader
      .then(({ readFirstItems }) => readFirstItems(body, pageUrl, FIRST_SCREEN, signal))
      .then((page) => {
        if (!page || page.articles.length <= shown || signal?.aborted) return;
        shown = page.articles.length;
        show(page);
      })
      .catch(() => undefined)
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = undefined;
        if (next && !enough()) read(next);
      });
  };
  return (bytes, contentType) => {
    if (enough()) return true;
    if (busy) waiting = { bytes, contentType };
    else read({ bytes, contentType });
    return false;
  };
}

/** "…/feed.json", "…/feed/json": addresses that say they serve a JSON Feed. */
function namedAsJson(pageUrl: string): boolean {
  const [path = ''] = pageUrl.split(/[?#]/);
  return /(\.json|\/json\/?)$/i.test(path);
}
