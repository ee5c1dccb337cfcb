import type { FeedPage } from './types';

/** How many pages any walk down a feed's `next_url` reads at most. */
const MAX_PAGES = 30;

/**
 * The page to read after `pages`, by the last one's `next_url`; undefined where the walk ends.
 * A `next_url` back to the feed or to the page itself never reaches here (the parser drops it);
 * this stops at a page already read, and after MAX_PAGES.
 */
export function nextPageUrl(pages: readonly FeedPage[]): string | undefined {
  const next = pages.at(-1)?.nextUrl;
  if (!next || pages.length >= MAX_PAGES || pages.some((page) => page.url === next)) {
    return undefined;
  }
  return next;
}

/** The walk stopped at MAX_PAGES while the feed went on. */
export function isTruncated(pages: readonly FeedPage[]): boolean {
  const next = pages.at(-1)?.nextUrl;
  return pages.length >= MAX_PAGES && !!next && !pages.some((page) => page.url === next);
}

/** The feed's pages in order, from its first, each read by `read`. Stop early with `break`. */
export async function* readPages(
  feedUrl: string,
  read: (pageUrl: string) => Promise<FeedPage>,
): AsyncGenerator<FeedPage, void, undefined> {
  const pages: FeedPage[] = [];
  for (let url: string | undefined = feedUrl; url; url = nextPageUrl(pages)) {
    const page = await read(url);
    pages.push(page);
    yield page;
  }
}

/** The same walk over pages already at hand: it ends at the first page `read` does not have. */
export function* pagesAtHand(
  feedUrl: string,
  read: (pageUrl: string) => FeedPage | undefined,
): Generator<FeedPage, void, undefined> {
  const pages: FeedPage[] = [];
  for (let url: string | undefined = feedUrl; url; url = nextPageUrl(pages)) {
    const page = read(url);
    if (!page) return;
    pages.push(page);
    yield page;
  }
}
