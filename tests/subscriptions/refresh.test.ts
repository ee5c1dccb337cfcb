import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshFeeds } from '../../src/app/river/refresh';
import { MAX_FEED_REQUESTS } from '../../src/features/feed/api/feed-requests';
import { createQueryClient } from '../../src/lib/query-client';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';

const feeds = Array.from({ length: 20 }, (_, index) => `https://news${index}.example/feed.json`);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('refreshing every feed', () => {
  it('starts only as many reads as the network takes at once, and reads every feed', async () => {
    fakeFetch({
      ...Object.fromEntries(feeds.map((feed) => [feed, demoPage('feed.json')])),
      [feeds[3] ?? '']: () => new Response('not a feed'),
    });
    const client = createQueryClient();
    const started = vi.spyOn(client, 'fetchQuery');
    const progress: number[] = [];
    const refresh = refreshFeeds(client, feeds, { onProgress: ({ done }) => progress.push(done) });
    expect(started).toHaveBeenCalledTimes(MAX_FEED_REQUESTS);
    expect(await refresh).toEqual({ done: 20, total: 20, failed: 1 });
    expect(started).toHaveBeenCalledTimes(20);
    expect(progress).toEqual(Array.from({ length: 21 }, (_, index) => index));
  });

  it('on opening, reads only the feeds not read lately', async () => {
    const { requests } = fakeFetch(
      Object.fromEntries(feeds.map((feed) => [feed, demoPage('feed.json')])),
    );
    const client = createQueryClient();
    await refreshFeeds(client, feeds.slice(0, 12));
    requests.length = 0;

    expect(await refreshFeeds(client, feeds, { onlyStale: true })).toEqual({
      done: 20,
      total: 20,
      failed: 0,
    });
    expect(requests.toSorted()).toEqual(feeds.slice(12).toSorted());

    await refreshFeeds(client, feeds);
    expect(requests).toHaveLength(8 + 20);
  });

  it('on opening, leaves a feed that failed a moment ago, and asks it again a minute later', async () => {
    const [failing = '', working = ''] = feeds;
    const { requests } = fakeFetch({
      [failing]: () => new Response('', { status: 500 }),
      [working]: demoPage('feed.json'),
    });
    const client = createQueryClient();
    await refreshFeeds(client, [failing, working]);
    requests.length = 0;

    const opened = { done: 2, total: 2, failed: 1 };
    expect(await refreshFeeds(client, [failing, working], { onlyStale: true })).toEqual(opened);
    expect(requests).toEqual([]);

    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 61_000);
    expect(await refreshFeeds(client, [failing], { onlyStale: true })).toEqual({
      done: 1,
      total: 1,
      failed: 1,
    });
    expect(requests).toEqual([failing]);
  });

  it('takes each next feed in a task of its own, even when the cache answers at once', async () => {
    fakeFetch(Object.fromEntries(feeds.map((feed) => [feed, demoPage('feed.json')])));
    const client = createQueryClient();
    await refreshFeeds(client, feeds);
    let done = 0;
    const refresh = refreshFeeds(client, feeds, {
      onlyStale: true,
      onProgress: (progress) => (done = progress.done),
    });
    for (let turn = 0; turn < 100; turn++) await Promise.resolve();
    expect(done).toBeLessThanOrEqual(MAX_FEED_REQUESTS);
    expect((await refresh).done).toBe(20);
  });
});
