import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FEED_REQUESTS } from '../../src/features/feed/api/feed-requests';
import { feedPageQuery } from '../../src/features/feed/api/queries';
import { jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feed requests across the app', () => {
  it(`a refresh of forty feeds has at most ${MAX_FEED_REQUESTS} on the network at once`, async () => {
    expect(MAX_FEED_REQUESTS).toBe(6);
    let open = 0;
    let most = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        open += 1;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 5));
        open -= 1;
        return jsonResponse(demoPage('feed.json'));
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const feeds = Array.from({ length: 40 }, (_, i) => `https://site${i}.example/feed.json`);
    const pages = await Promise.all(feeds.map((url) => client.fetchQuery(feedPageQuery(url, url))));
    expect(pages.map((page) => page.url)).toEqual(feeds);
    expect(most).toBe(MAX_FEED_REQUESTS);
  });

  it('a request given up while it waits its turn never reaches the network', async () => {
    const fetchMock = vi.fn(
      (url: string) =>
        new Promise<Response>((resolve) =>
          setTimeout(
            () => resolve(jsonResponse(demoPage('feed.json'))),
            url.includes('slow') ? 20 : 0,
          ),
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const slow = Array.from({ length: 6 }, (_, i) => `https://slow${i}.example/feed.json`);
    const busy = slow.map((url) => client.fetchQuery(feedPageQuery(url, url)));
    const waiting = 'https://later.example/feed.json';
    const query = feedPageQuery(waiting, waiting);
    const given = client.fetchQuery(query).catch((error: unknown) => error);
    await client.cancelQueries({ queryKey: query.queryKey });
    await given;
    await Promise.all(busy);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(slow);
  });
});
