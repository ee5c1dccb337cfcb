import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeData } from '../../src/features/reading/store/reading-data';
import { articleKey } from '../../src/lib/article-ref';
import {
  READING_KEY,
  READING_VERSION,
  useReadingStore,
} from '../../src/features/reading/store/reading-store';
import { IDLE_WRITE_FROM } from '../../src/lib/persisted-store';
import { useStorageProblems } from '../../src/lib/persisted-store-problems';
import { resetReading } from './helpers';

const FEED = 'https://example.com/feed.json';
const OTHER = 'https://example.org/feed.json';
const key = (feedUrl: string, id: string) => articleKey({ feedUrl, id });

function stored(): { state: Record<string, unknown>; version: number } {
  return JSON.parse(localStorage.getItem(READING_KEY) ?? 'null') as {
    state: Record<string, unknown>;
    version: number;
  };
}

/** Another tab writes `state` and this one hears of it. */
function otherTabWrites(state: unknown) {
  const newValue = JSON.stringify({ state, version: READING_VERSION });
  localStorage.setItem(READING_KEY, newValue);
  window.dispatchEvent(
    new StorageEvent('storage', { key: READING_KEY, newValue, storageArea: localStorage }),
  );
}

beforeEach(resetReading);
afterEach(resetReading);

describe('reading store', () => {
  it('read marks or visits stored as something else than a map are set aside and told of', async () => {
    const raw = JSON.stringify({
      state: { read: 'everything', visits: [] },
      version: READING_VERSION,
    });
    localStorage.setItem(READING_KEY, raw);
    await useReadingStore.persist.rehydrate();
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${READING_KEY}:unreadable:`),
    );
    expect(aside.map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(useStorageProblems.getState()[READING_KEY]?.unreadable?.skipped).toBe(2);
  });

  it('persists read marks (by article key) and visits only, at version 2', () => {
    const { markRead, beginVisit } = useReadingStore.getState();
    markRead(FEED, 'a1');
    markRead(OTHER, 'a1');
    beginVisit(FEED);
    expect(stored().version).toBe(2);
    expect(Object.keys(stored().state).sort()).toEqual(['read', 'visits']);
    expect(stored().state.read).toEqual({
      [key(FEED, 'a1')]: expect.any(String),
      [key(OTHER, 'a1')]: expect.any(String),
    });
  });

  it('keeps the first time an article was read', () => {
    const { markRead } = useReadingStore.getState();
    markRead(FEED, 'a1');
    const first = useReadingStore.getState().read;
    markRead(FEED, 'a1');
    expect(useReadingStore.getState().read).toBe(first);
  });

  it('measures "new" from the previous visit for the whole session', () => {
    const { beginVisit } = useReadingStore.getState();
    beginVisit(FEED);
    expect(useReadingStore.getState().sessions[FEED]).toEqual({ since: undefined });
    const first = useReadingStore.getState().visits[FEED]?.current;

    // A new session (a reload): the stored visit becomes "since".
    useReadingStore.setState({ sessions: {} });
    useReadingStore.getState().beginVisit(FEED);
    expect(useReadingStore.getState().sessions[FEED]).toEqual({ since: first });
    expect(useReadingStore.getState().visits[FEED]?.previous).toBe(first);

    // Beginning again in the same session changes nothing.
    const before = useReadingStore.getState();
    useReadingStore.getState().beginVisit(FEED);
    expect(useReadingStore.getState()).toBe(before);
  });

  it('begins the visits of a thousand feeds at once, each since its own last visit, in one write', () => {
    const feeds = Array.from({ length: 1000 }, (_, index) => `https://feeds.example/${index}.xml`);
    useReadingStore.getState().beginVisit(FEED);
    const last = useReadingStore.getState().visits[FEED]?.current;
    useReadingStore.setState({ sessions: {} });

    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      useReadingStore.getState().beginVisit(FEED, ...feeds, FEED);
      expect(setItem.mock.calls.filter(([name]) => name === READING_KEY)).toHaveLength(1);
    } finally {
      setItem.mockRestore();
    }
    const { sessions, visits } = useReadingStore.getState();
    expect(sessions[FEED]).toEqual({ since: last });
    expect(visits[FEED]?.previous).toBe(last);
    expect(sessions[feeds[999] ?? '']).toEqual({ since: undefined });
    expect(Object.keys(stored().state.visits as object)).toHaveLength(1001);
  });

  it('marks all of a folder\'s feeds read in one write, clearing "New" on each', () => {
    const feeds = Array.from({ length: 100 }, (_, index) => `https://feeds.example/${index}.xml`);
    const articles = feeds.flatMap((feedUrl) => [
      { feedUrl, id: 'a1' },
      { feedUrl, id: 'a2' },
    ]);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      useReadingStore.getState().markAllRead(articles);
      expect(setItem.mock.calls.filter(([name]) => name === READING_KEY)).toHaveLength(1);
    } finally {
      setItem.mockRestore();
    }
    const { read, visits, sessions } = useReadingStore.getState();
    expect(Object.keys(read)).toHaveLength(200);
    const now = read[key(feeds[99] ?? '', 'a2')];
    expect(visits[feeds[0] ?? '']).toEqual({ previous: now, current: now });
    expect(sessions[feeds[99] ?? '']).toEqual({ since: now });
  });

  it('reads its data back after a reload', async () => {
    localStorage.setItem(
      READING_KEY,
      JSON.stringify({
        state: {
          read: { [FEED]: { a1: '2024-01-01T00:00:00.000Z' } },
          visits: { [FEED]: { current: '2024-01-02T00:00:00.000Z' } },
        },
        version: 1,
      }),
    );
    await useReadingStore.persist.rehydrate();
    expect(useReadingStore.getState().read).toEqual({
      [key(FEED, 'a1')]: '2024-01-01T00:00:00.000Z',
    });
    expect(useReadingStore.getState().visits[FEED]).toEqual({
      current: '2024-01-02T00:00:00.000Z',
    });
  });

  it('migrates older data, dropping only the entries it cannot read', async () => {
    localStorage.setItem(
      READING_KEY,
      JSON.stringify({
        state: {
          read: { [FEED]: { a1: '2024-01-01T00:00:00.000Z', a2: 42 }, [OTHER]: 'nonsense' },
          visits: { [FEED]: { current: 'not a date' }, [OTHER]: { current: '2024-01-03' } },
        },
        version: 0,
      }),
    );
    await useReadingStore.persist.rehydrate();
    expect(useReadingStore.getState().read).toEqual({
      [key(FEED, 'a1')]: '2024-01-01T00:00:00.000Z',
    });
    expect(useReadingStore.getState().visits).toEqual({ [OTHER]: { current: '2024-01-03' } });
    expect(stored().version).toBe(2);
  });

  it('sets unreadable data aside instead of writing over it', async () => {
    localStorage.setItem(READING_KEY, '{"state": {"read": ');
    await useReadingStore.persist.rehydrate();
    useReadingStore.getState().markRead(FEED, 'a1');
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${READING_KEY}:unreadable:`),
    );
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(aside[0] ?? '')).toBe('{"state": {"read": ');
    expect(stored().state.read).toEqual({ [key(FEED, 'a1')]: expect.any(String) });
    expect(screenNotice()).toMatch(/:unreadable:/);
  });

  it("merges another tab's write by key; the next write keeps both tabs' marks", () => {
    const { markRead, beginVisit } = useReadingStore.getState();
    markRead(FEED, 'mine');
    beginVisit(FEED);
    const since = useReadingStore.getState().sessions[FEED];

    // The other tab had not seen our mark, and began a later visit.
    otherTabWrites({
      read: { [key(FEED, 'theirs')]: '2024-01-01T00:00:00.000Z' },
      visits: { [FEED]: { previous: '2024-01-01T00:00:00.000Z', current: '2999-01-01T00:00:00Z' } },
    });

    const state = useReadingStore.getState();
    expect(Object.keys(state.read).sort()).toEqual([key(FEED, 'mine'), key(FEED, 'theirs')]);
    expect(state.visits[FEED]?.current).toBe('2999-01-01T00:00:00Z');
    expect(state.sessions[FEED]).toBe(since);
    expect(Object.keys(stored().state.read as object).sort()).toEqual([
      key(FEED, 'mine'),
      key(FEED, 'theirs'),
    ]);
  });

  it('two tabs marking at once lose nothing: each write merges with what is stored', () => {
    useReadingStore.getState().markRead(FEED, 'here');
    // The other tab wrote its mark; its storage event has not arrived yet.
    const theirs = JSON.stringify({
      state: { read: { [key(FEED, 'there')]: '2024-01-01T00:00:00.000Z' }, visits: {} },
      version: READING_VERSION,
    });
    localStorage.setItem(READING_KEY, theirs);
    useReadingStore.getState().markRead(OTHER, 'later');
    expect(Object.keys(stored().state.read as object).sort()).toEqual(
      [key(FEED, 'here'), key(FEED, 'there'), key(OTHER, 'later')].sort(),
    );
  });

  it('keeps read marks for this visit when storage is full, and says so', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => useReadingStore.getState().markRead(FEED, 'a1')).not.toThrow();
    expect(useReadingStore.getState().read).toHaveProperty([key(FEED, 'a1')]);
    expect(useStorageProblems.getState()[READING_KEY]?.unsaved).toBeDefined();
    setItem.mockRestore();
    useReadingStore.getState().markRead(FEED, 'a2');
    expect(Object.keys(stored().state.read as object)).toHaveLength(2);
    expect(useStorageProblems.getState()[READING_KEY]?.unsaved).toBeUndefined();
  });

  it('keeps an article whose id is __proto__ or constructor', async () => {
    const { markRead } = useReadingStore.getState();
    markRead(FEED, '__proto__');
    markRead(FEED, 'constructor');
    useReadingStore.setState({ read: {} });
    await useReadingStore.persist.rehydrate();
    expect(Object.keys(useReadingStore.getState().read).sort()).toEqual(
      [key(FEED, '__proto__'), key(FEED, 'constructor')].sort(),
    );
  });

  it('takes a mark back in every copy, until the article is read again', () => {
    const k = key(FEED, 'a');
    const read = { read: { [k]: '2026-01-01T00:00:00.000Z' }, visits: {} };
    const unmarked = { read: {}, visits: {}, unread: { [k]: '2026-01-02T00:00:00.000Z' } };
    // Whichever copy merges into which, a mark older than its taking back is gone.
    expect(mergeData(read, unmarked).read).toEqual({});
    expect(mergeData(unmarked, read).read).toEqual({});
    // Read again afterwards, in a copy that still held the old mark or in the other.
    const again = { ...unmarked, read: { [k]: '2026-01-03T00:00:00.000Z' } };
    expect(mergeData(read, again).read).toEqual({ [k]: '2026-01-03T00:00:00.000Z' });
    expect(mergeData(again, read).read).toEqual({ [k]: '2026-01-03T00:00:00.000Z' });
    expect(mergeData(unmarked, again).read).toEqual({ [k]: '2026-01-03T00:00:00.000Z' });
  });

  it('stores a mark taken back, so that a reload keeps it unread', async () => {
    const { markRead, markUnread } = useReadingStore.getState();
    markRead(FEED, 'a1');
    markRead(FEED, 'a2');
    markUnread(FEED, 'a1');
    expect(Object.keys(stored().state.read as object)).toEqual([key(FEED, 'a2')]);
    // As a tab that had read it before, and had not heard of the change, would hold it.
    useReadingStore.setState({
      read: { [key(FEED, 'a1')]: '2020-01-01T00:00:00.000Z' },
      unread: undefined,
    });
    await useReadingStore.persist.rehydrate();
    expect(Object.keys(useReadingStore.getState().read)).toEqual([key(FEED, 'a2')]);
  });

  it('writes many marks when the browser is idle, together, and at once when the page is hidden', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 3000 }, (_, index) => [
        key(FEED, `https://example.com/posts/${index}`),
        '2026-11-01T00:00:00.000Z',
      ]),
    );
    useReadingStore.setState({ read: many });
    expect(localStorage.getItem(READING_KEY)?.length).toBeGreaterThan(IDLE_WRITE_FROM);

    // Opening articles does not wait for the whole of it to be written again.
    useReadingStore.getState().markRead(FEED, 'first');
    useReadingStore.getState().markRead(FEED, 'second');
    expect(stored().state.read).not.toHaveProperty([key(FEED, 'first')]);
    await waitFor(() => expect(stored().state.read).toHaveProperty([key(FEED, 'second')]));
    expect(stored().state.read).toHaveProperty([key(FEED, 'first')]);

    // Leaving the page writes what waits.
    useReadingStore.getState().markRead(FEED, 'last');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored().state.read).toHaveProperty([key(FEED, 'last')]);
    // Small again, written at once again (for the tests after this one).
    useReadingStore.setState({ read: {} });
    window.dispatchEvent(new Event('pagehide'));
  });

  it('keeps unchanged data as it was when merging', () => {
    const ours = { read: { [key(FEED, 'a')]: '2024-01-01' }, visits: {} };
    expect(mergeData(ours, { read: { [key(FEED, 'a')]: '2025-01-01' }, visits: {} })).toBe(ours);
    const merged = mergeData(ours, { read: { [key(OTHER, 'b')]: '2024-01-01' }, visits: {} });
    expect(merged.read[key(FEED, 'a')]).toBe('2024-01-01');
  });
});

function screenNotice(): string | undefined {
  return useStorageProblems.getState()[READING_KEY]?.unreadable?.copiedTo;
}
