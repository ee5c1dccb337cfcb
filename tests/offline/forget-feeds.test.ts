import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetUnfollowedFeeds } from '../../src/app/forget-feeds';
import { feedKeys } from '../../src/features/feed/api/queries';
import type { FeedPage } from '../../src/features/feed/api/types';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import { DEMO_FEED } from '../helpers/render-app';
import { renderReader, resetReading, SEED, serveDemo } from '../reading/helpers';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

const FOLLOWED = 'https://followed.example/feed.xml';
const TRIED = 'https://tried.example/feed.xml';
const LATELY = 'https://lately.example/feed.xml';
const SAVED = 'https://saved.example/feed.xml';
const SHOWN = 'https://shown.example/feed.xml';

function page(id: string): FeedPage {
  return { feed: { title: id }, articles: [{ id, title: id }] } as unknown as FeedPage;
}

/** A cache holding a first page and an older one of each feed, read `days` ago. */
function cacheOf(feeds: Record<string, number>, now = NOW): QueryClient {
  const client = new QueryClient();
  for (const [feedUrl, days] of Object.entries(feeds)) {
    const updatedAt = now - days * DAY;
    client.setQueryData(feedKeys.page(feedUrl, feedUrl), page('first'), { updatedAt });
    client.setQueryData(feedKeys.page(feedUrl, `${feedUrl}?page=2`), page('older'), {
      updatedAt,
    });
  }
  return client;
}

const cachedFeeds = (client: QueryClient) =>
  [
    ...new Set(
      client
        .getQueryCache()
        .findAll({ queryKey: ['feed'] })
        .map((query) => query.queryKey[1]),
    ),
  ].sort();

beforeEach(() => {
  resetReading();
  useSavedStore.setState({ saved: {} });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('forgetting the feeds nobody reads', () => {
  it('lets go of a feed not followed and not read for a month, every page of it', () => {
    const client = cacheOf({ [FOLLOWED]: 90, [TRIED]: 40, [LATELY]: 10 });
    expect(forgetUnfollowedFeeds(client, [FOLLOWED], {}, NOW)).toEqual([TRIED]);
    expect(cachedFeeds(client)).toEqual([FOLLOWED, LATELY].sort());
  });

  it('keeps a feed with an article saved for offline, until the article is removed', () => {
    const client = cacheOf({ [SAVED]: 90 });
    const article = {
      feedUrl: SAVED,
      feedParam: SAVED,
      id: 'first',
      title: 'first',
      savedAt: new Date(NOW - 90 * DAY).toISOString(),
    };
    const saved = { [savedKey(SAVED, 'first')]: article };
    expect(forgetUnfollowedFeeds(client, [], saved, NOW)).toEqual([]);
    const removed = { [savedKey(SAVED, 'first')]: { ...article, removedAt: article.savedAt } };
    expect(forgetUnfollowedFeeds(client, [], removed, NOW)).toEqual([SAVED]);
  });

  it('keeps a feed on screen, however long ago it was read', () => {
    const client = cacheOf({ [SHOWN]: 90 });
    const observer = new QueryObserver(client, {
      queryKey: feedKeys.page(SHOWN, SHOWN),
      enabled: false,
    });
    const stop = observer.subscribe(() => {});
    expect(forgetUnfollowedFeeds(client, [], {}, NOW)).toEqual([]);
    stop();
    expect(forgetUnfollowedFeeds(client, [], {}, NOW)).toEqual([SHOWN]);
  });
});

it('lets them go once the app has read its own feeds', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  serveDemo();
  const { queryClient } = renderReader('/');
  await screen.findByRole('link', { name: SEED.title });
  const updatedAt = Date.now() - 40 * DAY;
  queryClient.setQueryData(feedKeys.page(TRIED, TRIED), page('first'), { updatedAt });

  await vi.advanceTimersByTimeAsync(5000);
  await waitFor(() =>
    expect(queryClient.getQueryData(feedKeys.page(TRIED, TRIED))).toBeUndefined(),
  );
  expect(queryClient.getQueryData(feedKeys.page(DEMO_FEED, DEMO_FEED))).toBeDefined();
});
