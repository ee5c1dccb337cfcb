import { onlineManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetArticlesInPages, forgetUnfollowedFeeds } from '../../src/app/forget-feeds';
import { articleQuery } from '../../src/features/feed/api/article-queries';
import { feedKeys } from '../../src/features/feed/api/queries';
import type { FeedPage } from '../../src/features/feed/api/types';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import { fakeFetch } from '../helpers/fake-fetch';
import { DEMO_FEED } from '../helpers/render-app';
import { articlePath, renderReader, resetReading, SEED, serveDemo } from '../reading/helpers';

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
  onlineManager.setOnline(true);
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

describe("letting go of each article's own copy", () => {
  const itemIds = (client: QueryClient) =>
    client
      .getQueryCache()
      .findAll({ queryKey: ['feed', FOLLOWED, 'item'] })
      .map((query) => query.queryKey[3])
      .sort();
  const opened = (client: QueryClient, id: string) =>
    client.setQueryData(articleQuery(FOLLOWED, id).queryKey, {
      article: { id, title: id },
      feed: { title: 'Followed' },
    } as never);

  it('lets go of an article the pages hold, not of one they no longer list nor one on screen', () => {
    const client = new QueryClient();
    client.setQueryData(feedKeys.page(FOLLOWED, FOLLOWED), {
      ...page('first'),
      articles: [
        { id: 'first', title: 'first' },
        { id: 'shown', title: 'shown' },
      ],
    } as FeedPage);
    for (const id of ['first', 'shown', 'dropped']) opened(client, id);
    const stop = new QueryObserver(client, {
      queryKey: articleQuery(FOLLOWED, 'shown').queryKey,
      enabled: false,
    }).subscribe(() => {});

    forgetArticlesInPages(client);

    expect(itemIds(client)).toEqual(['dropped', 'shown']);
    stop();
  });

  it('the last article of a page opens from the page when it cannot be read again', async () => {
    fakeFetch({});
    const client = new QueryClient();
    const first = { ...page('first'), nextUrl: `${FOLLOWED}?page=2` };
    client.setQueryData(feedKeys.page(FOLLOWED, FOLLOWED), first, { updatedAt: NOW - DAY });

    const found = await client.fetchQuery(articleQuery(FOLLOWED, 'first'));

    expect(found.article.title).toBe('first');
    expect(found.older).toBeUndefined();
  });

  it('an article opened before opens offline from its pages once its own copy is gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    serveDemo();
    const { queryClient, user } = renderReader(articlePath(SEED.id));
    await screen.findByRole('heading', { level: 1, name: SEED.title });
    await user.click(screen.getByRole('link', { name: /front page/i }));
    await screen.findByRole('link', { name: SEED.title });
    await vi.advanceTimersByTimeAsync(5000);
    await waitFor(() =>
      expect(queryClient.getQueryData(articleQuery(DEMO_FEED, SEED.id).queryKey)).toBeUndefined(),
    );

    // Offline, hours later: the pages are out of date and nothing answers.
    vi.setSystemTime(Date.now() + 6 * 60 * 60 * 1000);
    fakeFetch({});
    act(() => onlineManager.setOnline(false));
    await user.click(screen.getByRole('link', { name: SEED.title }));
    expect(await screen.findByRole('heading', { level: 1, name: SEED.title })).toBeInTheDocument();
  });
});
