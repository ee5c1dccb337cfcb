import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { feedPageQuery } from '../../src/features/feed/api/queries';
import { KEEP_PER_FEED, keepWanted, withEarlier } from '../../src/features/feed/api/retention';
import type { Article, FeedPage } from '../../src/features/feed/api/types';
import { anArticle } from '../helpers/article';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED } from '../helpers/render-app';
import { restoreCache } from '../../src/lib/query-client';

const FEED = 'https://example.com/feed.json';

function article(index: number): Article {
  return anArticle(`a${index}`, {
    title: `Article ${index}`,
    published: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
  });
}

function page(indexes: number[]): FeedPage {
  return {
    url: FEED,
    feed: { title: 'Feed', authors: [] },
    articles: indexes.map(article),
    skipped: 0,
    missingItems: false,
  };
}

const ids = (feedPage: FeedPage) => feedPage.articles.map((entry) => entry.id);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

afterEach(() => keepWanted(() => Promise.resolve(() => false)));

describe('articles a feed has dropped', () => {
  it('are kept after the ones it lists now, newest first', async () => {
    const kept = await withEarlier(FEED, page([3, 2, 1]), page([5, 4, 3]));
    expect(ids(kept)).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
  });

  it('are not kept again when the feed lists them under new ids (WSJ, Medium)', async () => {
    const post = (id: string, slug: string, title: string) =>
      anArticle(id, { url: `https://news.example/${slug}`, title });
    const before = {
      ...page([]),
      articles: [post('a?v=1', 'a', 'Harbour reopens'), post('b?v=1', 'b', 'Tide tables')],
    };
    const next = {
      ...page([]),
      articles: [post('a?v=2', 'a', 'Harbour reopens'), post('c?v=2', 'c', 'Ferry news')],
    };
    // "Tide tables" the feed lists no more, under any id: kept. "Harbour reopens" is listed,
    // under the id it was first listed under, which its read mark and comments go by.
    expect(ids(await withEarlier(FEED, before, next))).toEqual(['a?v=1', 'c?v=2', 'b?v=1']);
  });

  it('a post of the same page and title but of another time is another post, with its own id', async () => {
    const daily = (id: string, day: number) =>
      anArticle(id, {
        url: 'https://comic.example/',
        title: 'Today’s strip',
        published: new Date(Date.UTC(2024, 0, day)).toISOString(),
      });
    const kept = await withEarlier(
      FEED,
      { ...page([]), articles: [daily('d1', 1)] },
      { ...page([]), articles: [daily('d2', 2)] },
    );
    expect(ids(kept)[0]).toBe('d2');
  });

  it('a page unchanged is the same object', async () => {
    const same = page([1]);
    expect(await withEarlier(FEED, same, same)).toBe(same);
    const fresh = page([2, 1]);
    expect(await withEarlier(FEED, page([2, 1]), fresh)).toBe(fresh);
  });

  it('go beyond the limit, oldest first, except those still wanted (unread or saved)', async () => {
    const before = page(range(0, KEEP_PER_FEED).reverse());
    const next = page(range(KEEP_PER_FEED, KEEP_PER_FEED + 10).reverse());
    // a0 and a5 are unread: they stay; the other oldest ten go.
    keepWanted(() => Promise.resolve(({ id }) => id === 'a0' || id === 'a5'));
    const kept = await withEarlier(FEED, before, next);
    expect(kept.articles).toHaveLength(KEEP_PER_FEED + 2);
    expect(ids(kept).slice(-3)).toEqual(['a10', 'a5', 'a0']);
    expect(ids(kept)).not.toContain('a9');
  });
});

describe('a feed read again', () => {
  it('keeps in its first page what the feed no longer lists', async () => {
    const first = demoPage('feed.json') as { items: { id: string }[] };
    const dropped = first.items[first.items.length - 1]?.id;
    let served: unknown = first;
    fakeFetch({ [DEMO_FEED]: () => jsonResponse(served) });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.fetchQuery(feedPageQuery(DEMO_FEED, DEMO_FEED));
    served = { ...first, items: first.items.slice(0, -1) };
    const again = await client.fetchQuery({ ...feedPageQuery(DEMO_FEED, DEMO_FEED), staleTime: 0 });
    expect(ids(again)).toContain(dropped);
    expect(again.articles).toHaveLength(first.items.length);
  });

  it('keeps what the feed no longer lists when the saved copy comes back while it downloads', async () => {
    const first = demoPage('feed.json') as { items: { id: string }[] };
    const dropped = first.items[first.items.length - 1]?.id;
    // Saved on an earlier visit: the whole feed.
    fakeFetch({ [DEMO_FEED]: () => jsonResponse(first) });
    const earlier = new QueryClient();
    await earlier.fetchQuery(feedPageQuery(DEMO_FEED, DEMO_FEED));
    const saved = dehydrate(earlier);

    // A reload: the feed, which has dropped its oldest item, is asked for at once, and the
    // saved copy is read back from storage while it downloads.
    let answer: (response: Response) => void = () => undefined;
    fakeFetch({ [DEMO_FEED]: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let restored: () => void = () => undefined;
    restoreCache(client, new Promise<void>((resolve) => (restored = resolve)));
    const reading = client.fetchQuery(feedPageQuery(DEMO_FEED, DEMO_FEED));
    await new Promise((resolve) => setTimeout(resolve, 0));
    answer(jsonResponse({ ...first, items: first.items.slice(0, -1) }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    hydrate(client, saved);
    restored();
    const read = await reading;
    expect(ids(read)).toContain(dropped);
    expect(read.articles).toHaveLength(first.items.length);
  });
});
