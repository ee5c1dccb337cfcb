import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetReadMarks, SORT_MARKS_FROM } from '../../src/app/forget-read-marks';
import { feedKeys } from '../../src/features/feed/api/queries';
import type { FeedPage } from '../../src/features/feed/api/types';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import { mergeData } from '../../src/features/reading/store/reading-data';
import {
  READING_KEY,
  READING_VERSION,
  useReadingStore,
} from '../../src/features/reading/store/reading-store';
import { DEMO_FEED } from '../helpers/render-app';
import { readKey, renderReader, resetReading, SEED, serveDemo } from './helpers';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();

const HELD = 'https://held.example/feed.xml';
const saved = () => useSavedStore.getState().saved;
const GONE = 'https://gone.example/feed.xml';

/** A cache holding the first page of HELD, which lists the ids given. */
function cacheListing(...ids: string[]): QueryClient {
  const client = new QueryClient();
  const page = {
    feed: { title: 'Held' },
    articles: ids.map((id) => ({ id, title: id })),
  } as unknown as FeedPage;
  client.setQueryData(feedKeys.page(HELD, HELD), page);
  return client;
}

function stored(): Record<string, unknown> {
  const raw = localStorage.getItem(READING_KEY) ?? 'null';
  return (JSON.parse(raw) as { state: { read: Record<string, unknown> } }).state.read;
}

beforeEach(() => {
  resetReading();
  useSavedStore.setState({ saved: {} });
});
afterEach(() => {
  vi.useRealTimers();
  resetReading();
});

describe('forgetting read marks nothing shows any more', () => {
  it('lets go, a month after reading, of articles the feed no longer lists; keeps the rest', () => {
    useReadingStore.setState({
      read: {
        [readKey(HELD, 'listed')]: daysAgo(90),
        [readKey(HELD, 'dropped')]: daysAgo(40),
        [readKey(HELD, 'dropped-lately')]: daysAgo(10),
        [readKey(HELD, 'saved')]: daysAgo(60),
        // A feed the cache does not hold: what it lists is not known, so a year.
        [readKey(GONE, 'months')]: daysAgo(200),
        [readKey(GONE, 'years')]: daysAgo(400),
      },
    });
    useSavedStore.setState({
      saved: {
        [savedKey(HELD, 'saved')]: {
          feedUrl: HELD,
          feedParam: HELD,
          id: 'saved',
          title: 'Saved',
          savedAt: daysAgo(60),
        },
      },
    });

    expect(forgetReadMarks(cacheListing('listed', 'unread'), saved(), NOW)).toBe(2);

    const kept = [
      readKey(HELD, 'listed'),
      readKey(HELD, 'dropped-lately'),
      readKey(HELD, 'saved'),
      readKey(GONE, 'months'),
    ].sort();
    expect(Object.keys(useReadingStore.getState().read).sort()).toEqual(kept);
    expect(Object.keys(stored()).sort()).toEqual(kept);
  });

  it('sorts through them once a day at most', () => {
    useReadingStore.setState({ read: { [readKey(HELD, 'dropped')]: daysAgo(40) } });
    const client = cacheListing();
    expect(forgetReadMarks(client, saved(), NOW - DAY / 2)).toBe(1);
    useReadingStore.getState().markRead(HELD, 'later');
    useReadingStore.setState({
      read: { ...useReadingStore.getState().read, [readKey(HELD, 'old')]: daysAgo(40) },
    });
    expect(forgetReadMarks(client, saved(), NOW)).toBe(0);
    expect(forgetReadMarks(client, saved(), NOW + DAY)).toBe(1);
  });

  it('keeps them all while the cache does not hold the feed whole', () => {
    useReadingStore.setState({ read: { [readKey(HELD, 'dropped')]: daysAgo(40) } });
    const client = new QueryClient();
    client.setQueryData(feedKeys.page(HELD, HELD), {
      feed: { title: 'Held' },
      articles: [],
      partial: true,
    } as unknown as FeedPage);
    expect(forgetReadMarks(client, saved(), NOW)).toBe(0);
  });

  it('another tab that has not sorted them brings none back, and keeps its new ones', () => {
    const old = { [readKey(HELD, 'dropped')]: daysAgo(40), [readKey(HELD, 'listed')]: daysAgo(40) };
    useReadingStore.setState({ read: old });
    forgetReadMarks(cacheListing('listed'), saved(), NOW);

    // The other tab still holds every old mark, and has read one article since.
    const theirs = { read: { ...old, [readKey(HELD, 'new')]: daysAgo(0) }, visits: {} };
    const newValue = JSON.stringify({ state: theirs, version: READING_VERSION });
    window.dispatchEvent(
      new StorageEvent('storage', { key: READING_KEY, newValue, storageArea: localStorage }),
    );
    const expected = [readKey(HELD, 'listed'), readKey(HELD, 'new')].sort();
    expect(Object.keys(useReadingStore.getState().read).sort()).toEqual(expected);

    // And the same, the other way round: the sorted marks reach the tab that had not sorted.
    const ours = useReadingStore.getState();
    const merged = mergeData(theirs, { read: ours.read, visits: {}, pruned: ours.pruned });
    expect(Object.keys(merged.read).sort()).toEqual(expected);
  });

  it('a backup brings old marks back all the same', () => {
    useReadingStore.setState({ read: { [readKey(HELD, 'dropped')]: daysAgo(40) } });
    forgetReadMarks(cacheListing(), saved(), NOW);
    const added = useReadingStore.getState().importReading({
      read: { [readKey(HELD, 'dropped')]: daysAgo(40) },
      visits: {},
    });
    expect(added).toBe(1);
    expect(stored()).toHaveProperty([readKey(HELD, 'dropped')]);
  });
});

it('forgets the old marks of articles gone from the feed once the app has read its feeds', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const monthsAgo = new Date(Date.now() - 60 * DAY).toISOString();
  const gone = Array.from({ length: SORT_MARKS_FROM }, (_, index) => [
    readKey(DEMO_FEED, `https://broadsheet.example/gone/${index}`),
    monthsAgo,
  ]);
  useReadingStore.setState({
    read: { ...Object.fromEntries(gone), [readKey(DEMO_FEED, SEED.id)]: monthsAgo },
  });
  serveDemo();
  renderReader('/');
  await screen.findByRole('link', { name: SEED.title });
  expect(Object.keys(useReadingStore.getState().read)).toHaveLength(SORT_MARKS_FROM + 1);

  await vi.advanceTimersByTimeAsync(5000);
  await waitFor(() =>
    expect(Object.keys(useReadingStore.getState().read)).toEqual([readKey(DEMO_FEED, SEED.id)]),
  );
});
