import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';

const KEY = 'broadsheet:comments';

function comment(id: string): Comment {
  const at = '2024-05-01T10:00:00.000Z';
  return {
    id,
    threadKey: threadKey('https://example.org/feed.json', 'a1'),
    parentId: null,
    author: 'Ana',
    text: 'Hello',
    createdAt: at,
    updatedAt: at,
  };
}

const stored = (...ids: string[]) =>
  JSON.stringify({
    state: { comments: Object.fromEntries(ids.map((id) => [id, comment(id)])) },
    version: 1,
  });

/** The counts module as a list page first loads it: the comment store's code not yet loaded. */
async function freshCounts() {
  vi.resetModules();
  return import('../../src/features/comments/store/comment-counts');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('comment counts on a list', () => {
  it('count the comments stored before the list was shown, none of them new', async () => {
    localStorage.setItem(KEY, stored('c1', 'c2'));
    const { countStoredComments, useCountedComments } = await freshCounts();
    expect(useCountedComments.getState().comments).toEqual({});

    countStoredComments();
    await vi.waitFor(() =>
      expect(Object.keys(useCountedComments.getState().comments)).toEqual(['c1', 'c2']),
    );
    expect(useCountedComments.getState().arrived).toEqual({});
  });

  it('with none stored, wait for another tab: its comments count, as new', async () => {
    const { countStoredComments, useCountedComments } = await freshCounts();
    countStoredComments();

    const newValue = stored('c1', 'c2');
    localStorage.setItem(KEY, newValue);
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue, storageArea: localStorage }),
    );
    await vi.waitFor(() =>
      expect(useCountedComments.getState().arrived).toEqual({ c1: true, c2: true }),
    );
    expect(Object.keys(useCountedComments.getState().comments)).toEqual(['c1', 'c2']);

    // From now on the comment store tells arrivals apart itself.
    const third = stored('c1', 'c2', 'c3');
    localStorage.setItem(KEY, third);
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: third, storageArea: localStorage }),
    );
    expect(useCountedComments.getState().arrived).toEqual({ c1: true, c2: true, c3: true });
  });
});
