import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeData } from '../../src/features/reading/store/reading-data';
import {
  READING_KEY,
  READING_VERSION,
  useReadingStore,
} from '../../src/features/reading/store/reading-store';
import { resetReading } from './helpers';

const FEED = 'https://example.com/feed.json';
const OTHER = 'https://example.org/feed.json';

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
  it('persists read marks and visits only, keyed by feed, at version 1', () => {
    const { markRead, beginVisit } = useReadingStore.getState();
    markRead(FEED, 'a1');
    markRead(OTHER, 'a1');
    beginVisit(FEED);
    expect(stored().version).toBe(1);
    expect(Object.keys(stored().state).sort()).toEqual(['read', 'visits']);
    expect(stored().state.read).toEqual({
      [FEED]: { a1: expect.any(String) },
      [OTHER]: { a1: expect.any(String) },
    });
  });

  it('keeps the first time an article was read', () => {
    const { markRead } = useReadingStore.getState();
    markRead(FEED, 'a1');
    const first = useReadingStore.getState().read[FEED];
    markRead(FEED, 'a1');
    expect(useReadingStore.getState().read[FEED]).toBe(first);
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
      [FEED]: { a1: '2024-01-01T00:00:00.000Z' },
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
      [FEED]: { a1: '2024-01-01T00:00:00.000Z' },
    });
    expect(useReadingStore.getState().visits).toEqual({ [OTHER]: { current: '2024-01-03' } });
    expect(stored().version).toBe(1);
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
    expect(stored().state.read).toEqual({ [FEED]: { a1: expect.any(String) } });
  });

  it("merges another tab's write by key and writes back the marks it lacked", () => {
    const { markRead, beginVisit } = useReadingStore.getState();
    markRead(FEED, 'mine');
    beginVisit(FEED);
    const since = useReadingStore.getState().sessions[FEED];

    // The other tab had not seen our mark, and began a later visit.
    otherTabWrites({
      read: { [FEED]: { theirs: '2024-01-01T00:00:00.000Z' } },
      visits: { [FEED]: { previous: '2024-01-01T00:00:00.000Z', current: '2999-01-01T00:00:00Z' } },
    });

    const state = useReadingStore.getState();
    expect(Object.keys(state.read[FEED] ?? {}).sort()).toEqual(['mine', 'theirs']);
    expect(state.visits[FEED]?.current).toBe('2999-01-01T00:00:00Z');
    expect(state.sessions[FEED]).toBe(since);
    expect(Object.keys((stored().state.read as Record<string, object>)[FEED] ?? {}).sort()).toEqual(
      ['mine', 'theirs'],
    );
  });

  it('does not write back when the other tab already has everything', () => {
    useReadingStore.getState().markRead(FEED, 'a1');
    const ours = stored().state;
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      setItem.call(this, key, value);
    };
    try {
      otherTabWrites({ ...ours, read: { ...(ours.read as object), [OTHER]: { b: '2024-01-01' } } });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes).toEqual([READING_KEY]);
    expect(useReadingStore.getState().read[OTHER]).toEqual({ b: '2024-01-01' });
  });

  it('keeps unchanged feeds as they were when merging', () => {
    const ours = { read: { [FEED]: { a: '2024-01-01' } }, visits: {} };
    expect(mergeData(ours, { read: { [FEED]: { a: '2025-01-01' } }, visits: {} })).toBe(ours);
    const merged = mergeData(ours, { read: { [OTHER]: { b: '2024-01-01' } }, visits: {} });
    expect(merged.read[FEED]).toBe(ours.read[FEED]);
  });
});
