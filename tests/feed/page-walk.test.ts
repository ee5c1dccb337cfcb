// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isTruncated, pagesAtHand, readPages } from '../../src/features/feed/api/page-walk';
import type { FeedPage } from '../../src/features/feed/api/types';

const FEED = 'https://example.org/feed.json';
const pageUrl = (n: number) => (n === 1 ? FEED : `https://example.org/feed-${n}.json`);

/** A feed of `count` pages; `next(n)` says where page n points (by default, page n + 1). */
function feed(count: number, next = (n: number) => (n < count ? pageUrl(n + 1) : undefined)) {
  const pages = new Map<string, FeedPage>();
  for (let n = 1; n <= count; n++) {
    pages.set(pageUrl(n), {
      url: pageUrl(n),
      feed: { title: 'F', authors: [] },
      articles: [],
      skipped: 0,
      nextUrl: next(n),
      missingItems: false,
    });
  }
  return pages;
}

async function readAll(pages: Map<string, FeedPage>) {
  const read: string[] = [];
  for await (const page of readPages(FEED, async (url) => {
    const found = pages.get(url);
    if (!found) throw new Error(`no page ${url}`);
    return found;
  })) {
    read.push(page.url);
  }
  return read;
}

describe('the next_url walk', () => {
  it('reads every page in order, and stops where next_url ends', async () => {
    expect(await readAll(feed(3))).toEqual([pageUrl(1), pageUrl(2), pageUrl(3)]);
  });

  it('does not read a page twice when next_url leads back', async () => {
    const pages = feed(3, (n) => pageUrl(n === 3 ? 2 : n + 1));
    expect(await readAll(pages)).toEqual([pageUrl(1), pageUrl(2), pageUrl(3)]);
  });

  it('reads 30 pages at most, and says when the feed went on', async () => {
    const read = await readAll(feed(40));
    expect(read).toHaveLength(30);
    const pages = [...feed(40).values()];
    expect(isTruncated(pages.slice(0, 30))).toBe(true);
    expect(isTruncated(pages.slice(0, 29))).toBe(false);
    expect(isTruncated([...feed(30).values()])).toBe(false);
  });

  it('walks pages at hand the same way, ending at the first one missing', () => {
    const pages = feed(3);
    pages.delete(pageUrl(3));
    const read = [...pagesAtHand(FEED, (url) => pages.get(url))].map((page) => page.url);
    expect(read).toEqual([pageUrl(1), pageUrl(2)]);
  });
});
