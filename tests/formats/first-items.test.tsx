import type { InfiniteData } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateFeed, generateRss } from '../../bench/generate.mjs';
import { fetchFeedPage } from '../../src/features/feed/api/fetch-feed-page';
import { startFirstRequests } from '../../src/app/first-requests';
import { feedKeys, feedPageQuery, firstItemsQuery } from '../../src/features/feed/api/queries';
import type { FeedPage } from '../../src/features/feed/api/types';
import { createQueryClient } from '../../src/lib/query-client';
import { fakeFetch } from '../helpers/fake-fetch';
import { renderApp, startSubscriptions } from '../helpers/render-app';

const FEED = 'https://big.example/feed.json';

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A document served in parts: its bytes up to the first cut at once, up to each next cut (and
 * the rest after the last) when released, or an error in their place, a connection lost
 * halfway. Each request is a new response.
 */
function heldDocument(text: string, at: number | number[], contentType = 'application/feed+json') {
  const bytes = new TextEncoder().encode(text);
  const cuts = [0, ...[at].flat(), bytes.length];
  const releases: ((error?: Error) => void)[] = [];
  const respond = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, cuts[1]));
          for (let part = 2; part < cuts.length; part += 1) {
            const error = await new Promise<Error | undefined>((resolve) => releases.push(resolve));
            if (error) return controller.error(error);
            controller.enqueue(bytes.slice(cuts[part - 1], cuts[part]));
          }
          controller.close();
        },
      }),
      { headers: { 'Content-Type': contentType } },
    );
  const release = async (error?: Error) => {
    await waitFor(() => expect(releases.length).toBeGreaterThan(0));
    releases.shift()?.(error);
  };
  return { respond, release };
}

/**
 * A feed whose items are long (`repeat` × 13 characters each, 22 KB by default), titled "Tide
 * report 1", 2, …, as JSON, and where its text stops holding `count` whole items.
 */
function longItems(count: number, repeat = 1700) {
  const feed = generateFeed(count);
  const items = feed.items.map((item, index) => ({
    ...item,
    title: `Tide report ${index + 1}`,
    content_text: 'Tide report. '.repeat(repeat),
  }));
  const text = JSON.stringify({ ...feed, items });
  // Inside the next item: the ones before it are whole.
  const holding = (whole: number) => text.indexOf(`"Tide report ${whole + 1}"`);
  return { text, holding };
}

describe('a long feed read for the first time', () => {
  it('gives its first items while the rest downloads, then the whole feed', async () => {
    const feed = generateFeed(1000);
    const document = heldDocument(JSON.stringify(feed), 200_000);
    fakeFetch({ [FEED]: document.respond });
    const firstScreens: FeedPage[] = [];
    const whole = fetchFeedPage(FEED, undefined, undefined, (page) => firstScreens.push(page));

    await waitFor(() => expect(firstScreens).toHaveLength(1));
    const [first] = firstScreens;
    expect(first?.partial).toBe(true);
    expect(first?.feed.title).toBe('Benchmark Feed');
    expect(first?.articles.map((article) => article.id)).toEqual(
      feed.items.slice(0, 25).map((item) => item.id),
    );

    await document.release();
    const page = await whole;
    expect(page.partial).toBeUndefined();
    expect(page.articles).toHaveLength(1000);
    expect(firstScreens).toHaveLength(1);
  });

  it('gives them too when the rest arrives while they are read, before the whole is read', async () => {
    const document = heldDocument(JSON.stringify(generateFeed(1000)), 200_000);
    fakeFetch({ [FEED]: document.respond });
    const firstScreens: FeedPage[] = [];
    const whole = fetchFeedPage(FEED, undefined, undefined, (page) => firstScreens.push(page));
    await document.release();
    await whole;
    expect(firstScreens.map((page) => page.articles.length)).toEqual([25]);
  });

  it('gives a few long items first, then more as they arrive, up to a list step', async () => {
    const feed = longItems(60);
    // 3 items whole (past 64 KB), then 15, then more than 25, then the rest.
    const document = heldDocument(feed.text, [3, 15, 40].map(feed.holding));
    fakeFetch({ [FEED]: document.respond });
    const firstScreens: FeedPage[] = [];
    const whole = fetchFeedPage(FEED, undefined, undefined, (page) => firstScreens.push(page));
    const lengths = () => firstScreens.map((page) => page.articles.length);

    await waitFor(() => expect(lengths()).toEqual([3]));
    expect(firstScreens[0]?.articles.map((article) => article.title)).toEqual([
      'Tide report 1',
      'Tide report 2',
      'Tide report 3',
    ]);
    await document.release();
    await waitFor(() => expect(lengths()).toEqual([3, 15]));
    await document.release();
    await waitFor(() => expect(lengths()).toEqual([3, 15, 25]));
    await document.release();
    expect((await whole).articles).toHaveLength(60);
    expect(lengths()).toEqual([3, 15, 25]);
  });

  it('gives the same first items from a start of megabytes, of short items or of long ones', async () => {
    const short = generateFeed(3000);
    const long = longItems(120);
    for (const { text, titles } of [
      { text: JSON.stringify(short), titles: short.items.slice(0, 25).map((item) => item.title) },
      { text: long.text, titles: Array.from({ length: 25 }, (_, i) => `Tide report ${i + 1}`) },
    ]) {
      // Arrived in one part, as when the app's code comes after the document.
      const document = heldDocument(text, 2_000_000);
      fakeFetch({ [FEED]: document.respond });
      const firstScreens: FeedPage[] = [];
      const whole = fetchFeedPage(FEED, undefined, undefined, (page) => firstScreens.push(page));
      await waitFor(() => expect(firstScreens).toHaveLength(1));
      expect(firstScreens[0]?.articles.map((article) => article.title)).toEqual(titles);
      await document.release();
      await whole;
    }
  });

  it('gives none while fewer than a few items have arrived', async () => {
    // Two whole items, longer than 64 KB, the rest held back.
    const feed = longItems(10, 3000);
    expect(feed.holding(2)).toBeGreaterThan(64 * 1024);
    const document = heldDocument(feed.text, feed.holding(2));
    fakeFetch({ [FEED]: document.respond });
    const onFirstScreen = vi.fn();
    const whole = fetchFeedPage(FEED, undefined, undefined, onFirstScreen);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await document.release();
    expect((await whole).articles).toHaveLength(10);
    expect(onFirstScreen).not.toHaveBeenCalled();
  });

  it('does the same for RSS, read by the feed reader', async () => {
    const document = heldDocument(generateRss(400), 100_000, 'application/rss+xml');
    fakeFetch({ [FEED]: document.respond });
    const firstScreens: FeedPage[] = [];
    const whole = fetchFeedPage(FEED, undefined, undefined, (page) => firstScreens.push(page));
    await waitFor(() => expect(firstScreens).toHaveLength(1));
    expect(firstScreens[0]?.articles).toHaveLength(25);
    await document.release();
    expect((await whole).articles).toHaveLength(400);
  });

  it('gives no first items of a short document, nor of a page read again', async () => {
    const feed = generateFeed(20);
    fakeFetch({ [FEED]: () => new Response(JSON.stringify(feed)) });
    const onFirstScreen = vi.fn();
    const page = await fetchFeedPage(FEED, undefined, undefined, onFirstScreen);
    expect(page.articles).toHaveLength(20);

    const long = heldDocument(JSON.stringify(generateFeed(1000, 2)), 200_000);
    fakeFetch({ [FEED]: long.respond });
    const again = fetchFeedPage(FEED, undefined, page, onFirstScreen);
    await long.release();
    expect((await again).articles).toHaveLength(1000);
    expect(onFirstScreen).not.toHaveBeenCalled();
  });
});

describe('a long feed opened by ?feed=', () => {
  const feed = generateFeed(1000);
  const newest = { title: String(feed.items[0]?.title) };

  it('lists its first articles before the rest has arrived, then all of it', async () => {
    const document = heldDocument(JSON.stringify(feed), 200_000);
    fakeFetch({ [FEED]: document.respond });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);

    expect(await screen.findByRole('link', { name: newest.title })).toBeInTheDocument();
    expect(screen.getByText('Loading the rest of this feed…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Older posts' })).not.toBeInTheDocument();

    await document.release();
    expect(await screen.findByRole('button', { name: 'Older posts' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the rest of this feed…')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: newest.title })).toBeInTheDocument();
  });

  it('lists a few long articles first, and more as they arrive', async () => {
    const long = longItems(60);
    const document = heldDocument(long.text, [3, 15].map(long.holding));
    fakeFetch({ [FEED]: document.respond });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);

    expect(await screen.findByRole('link', { name: 'Tide report 3' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tide report 4' })).not.toBeInTheDocument();
    expect(screen.getByText('Loading the rest of this feed…')).toBeInTheDocument();

    await document.release();
    expect(await screen.findByRole('link', { name: 'Tide report 15' })).toBeInTheDocument();
    expect(screen.getByText('Loading the rest of this feed…')).toBeInTheDocument();

    await document.release();
    expect(await screen.findByRole('button', { name: 'Older posts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tide report 25' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the rest of this feed…')).not.toBeInTheDocument();
  });

  it('keeps the first articles when the rest is lost, and "Try again" reads it whole', async () => {
    const document = heldDocument(JSON.stringify(feed), 200_000);
    fakeFetch({ [FEED]: document.respond });
    const { user } = renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(await screen.findByRole('link', { name: newest.title })).toBeInTheDocument();

    await document.release(new TypeError('network error'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rest of this feed could not be loaded.');
    expect(screen.getByRole('link', { name: newest.title })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await document.release();
    expect(await screen.findByRole('button', { name: 'Older posts' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('searches the whole feed once it is in, never saying too soon that nothing matches', async () => {
    const late = 'Zanzibar keeper retires';
    const items = feed.items.map((item, index) =>
      index === 600 ? { ...item, title: late } : item,
    );
    const document = heldDocument(JSON.stringify({ ...feed, items }), 200_000);
    fakeFetch({ [FEED]: document.respond });
    const { queryClient } = renderApp(
      `/search?q=${encodeURIComponent(late)}&feed=${encodeURIComponent(FEED)}`,
    );
    // The first articles are in, and the one sought is not among them.
    await waitFor(() =>
      expect(
        queryClient.getQueryData<InfiniteData<FeedPage>>(feedKeys.pages(FEED))?.pages[0]?.partial,
      ).toBe(true),
    );
    expect(await screen.findByText('Loading articles…')).toBeInTheDocument();
    expect(screen.queryByText(/No articles match/)).not.toBeInTheDocument();

    await document.release();
    expect(await screen.findByRole('link', { name: late })).toBeInTheDocument();
  });
});

describe('a long feed on the front page, among the reader’s subscriptions', () => {
  const SMALL = 'https://small.example/feed.json';
  // Beside the long feed's twelve (every 20 minutes from 18:00 back to 14:20): one newer than
  // its third, one older than its twelfth.
  const small = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour Gazette',
    items: [
      {
        id: 'h1',
        title: 'Harbour news',
        date_published: '2024-06-30T17:30:00Z',
        content_text: 'x',
      },
      {
        id: 'h2',
        title: 'Old harbour story',
        date_published: '2024-06-30T14:00:00Z',
        content_text: 'y',
      },
    ],
  };

  it('lists its first articles among the others while the rest downloads, holding back what is older', async () => {
    const long = longItems(12);
    const document = heldDocument(long.text, long.holding(3));
    fakeFetch({ [FEED]: document.respond, [SMALL]: small });
    renderApp('/', { subscriptions: [FEED, SMALL] });

    expect(await screen.findByRole('link', { name: 'Tide report 3' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tide report 4' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Harbour news' })).toBeInTheDocument();
    expect(screen.getByText('Loading more articles…')).toHaveAttribute('role', 'status');
    // Older than the long feed's third: the rest of that feed may come above it.
    expect(screen.queryByRole('link', { name: 'Old harbour story' })).not.toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();

    await document.release();
    expect(await screen.findByRole('link', { name: 'Old harbour story' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tide report 12' })).toBeInTheDocument();
    expect(screen.queryByText('Loading more articles…')).not.toBeInTheDocument();
    const titles = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles.slice(0, 3)).toEqual(['Tide report 1', 'Tide report 2', 'Harbour news']);
    expect(titles.at(-1)).toBe('Old harbour story');
  });

  it('are read from the request the app starts before the front page has rendered', async () => {
    const long = longItems(12);
    const document = heldDocument(long.text, long.holding(3));
    fakeFetch({ [FEED]: document.respond });
    startSubscriptions([FEED]);
    const client = createQueryClient();
    const firstPage = startFirstRequests(client, '/', '');
    await waitFor(() =>
      expect(client.getQueryData(firstItemsQuery(FEED).queryKey)?.articles).toHaveLength(3),
    );
    await document.release();
    await firstPage;
    expect(client.getQueryData(feedPageQuery(FEED, FEED).queryKey)?.articles).toHaveLength(12);
  });

  it('keeps its first articles when the rest is lost, and says the feed could not be read', async () => {
    const long = longItems(12);
    const document = heldDocument(long.text, long.holding(3));
    fakeFetch({ [FEED]: document.respond });
    renderApp('/', { subscriptions: [FEED] });
    expect(await screen.findByRole('link', { name: 'Tide report 3' })).toBeInTheDocument();

    await document.release(new TypeError('network error'));
    expect(await screen.findByText(/1 feed could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tide report 1' })).toBeInTheDocument();
    expect(screen.queryByText('Loading more articles…')).not.toBeInTheDocument();
  });
});
