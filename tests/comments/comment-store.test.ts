import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteComment,
  editComment,
  importComments,
  postComment,
  restoreComment,
} from '../../src/features/comments/store/comment-actions';
import { COMMENTS_KEY } from '../../src/features/comments/store/comment-counts';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { localCount } from '../../src/features/comments/store/local-count';
import { newer } from '../../src/features/comments/store/merge-comments';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { useStorageProblems } from '../../src/lib/persisted-store-problems';
import { FEED, OTHER_FEED, reloadStores, resetComments } from './reset';
import { must } from './must';

const THREAD = threadKey(FEED, 'a1');

function stored(): Record<string, Comment> {
  const raw = localStorage.getItem(COMMENTS_KEY);
  return raw
    ? (JSON.parse(raw) as { state: { comments: Record<string, Comment> } }).state.comments
    : {};
}

function otherTabComment(id: string, text = 'from the other tab'): Comment {
  const now = new Date().toISOString();
  return {
    id,
    threadKey: THREAD,
    parentId: null,
    author: 'B',
    text,
    createdAt: now,
    updatedAt: now,
  };
}

function quotaFull() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

beforeEach(resetComments);
afterEach(resetComments);

describe('comment store', () => {
  it('posts a comment, saves it and reads it back after a reload', async () => {
    const comment = postComment({ threadKey: THREAD, parentId: null, author: 'Ana', text: 'Hi' });
    expect(comment).toBeDefined();
    expect(comment?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored()[must(comment).id]).toEqual(comment);
    const before = useCommentStore.getState().comments;

    useCommentStore.setState({ comments: {} });
    localStorage.setItem(COMMENTS_KEY, JSON.stringify({ state: { comments: before }, version: 1 }));
    await reloadStores();
    expect(useCommentStore.getState().comments).toEqual(before);
  });

  it('edits, deletes to a tombstone and restores with Undo', () => {
    const comment = must(
      postComment({ threadKey: THREAD, parentId: null, author: '', text: 'one' }),
    );
    expect(editComment(comment, 'two')).toBe(true);
    const edited = must(useCommentStore.getState().comments[comment.id]);
    expect(edited.text).toBe('two');
    expect(edited.editedAt).toBeDefined();
    expect(edited.updatedAt > comment.updatedAt).toBe(true);

    const before = deleteComment(comment.id);
    expect(before?.text).toBe('two');
    const tombstone = must(useCommentStore.getState().comments[comment.id]);
    expect(tombstone).toMatchObject({ deleted: true, text: '', author: '' });
    expect(localCount(useCommentStore.getState().comments, THREAD)).toBe(0);

    expect(restoreComment(must(before))).toBe(true);
    const restored = must(useCommentStore.getState().comments[comment.id]);
    expect(restored.deleted).toBeUndefined();
    expect(restored.text).toBe('two');
    expect(restored.updatedAt > tombstone.updatedAt).toBe(true);
  });

  it('keys threads by feed and article: the same item id in two feeds is two threads', () => {
    postComment({ threadKey: threadKey(FEED, 'same'), parentId: null, author: '', text: 'a' });
    postComment({
      threadKey: threadKey(OTHER_FEED, 'same'),
      parentId: null,
      author: '',
      text: 'b',
    });
    postComment({
      threadKey: threadKey(OTHER_FEED, 'same'),
      parentId: null,
      author: '',
      text: 'c',
    });
    const { comments } = useCommentStore.getState();
    expect(localCount(comments, threadKey(FEED, 'same'))).toBe(1);
    expect(localCount(comments, threadKey(OTHER_FEED, 'same'))).toBe(2);
  });

  it('reports a full storage synchronously and changes nothing', () => {
    const kept = must(postComment({ threadKey: THREAD, parentId: null, author: '', text: 'kept' }));
    const before = localStorage.getItem(COMMENTS_KEY);
    quotaFull();
    expect(postComment({ threadKey: THREAD, parentId: null, author: '', text: 'new' })).toBe(
      undefined,
    );
    expect(editComment(kept, 'changed')).toBe(false);
    expect(deleteComment(kept.id)).toBeUndefined();
    vi.restoreAllMocks();
    expect(Object.keys(useCommentStore.getState().comments)).toEqual([kept.id]);
    expect(useCommentStore.getState().comments[kept.id]?.text).toBe('kept');
    expect(localStorage.getItem(COMMENTS_KEY)).toBe(before);
  });

  it('merges what another tab saved before writing (read-merge-write)', () => {
    postComment({ threadKey: THREAD, parentId: null, author: '', text: 'ours' });
    const theirs = otherTabComment('their-id');
    // The other tab's write lands, but its storage event has not arrived yet.
    localStorage.setItem(
      COMMENTS_KEY,
      JSON.stringify({ state: { comments: { ...stored(), [theirs.id]: theirs } }, version: 1 }),
    );
    postComment({ threadKey: THREAD, parentId: null, author: '', text: 'ours again' });
    expect(Object.keys(stored())).toHaveLength(3);
    expect(Object.keys(useCommentStore.getState().comments)).toHaveLength(3);
  });

  it('merges another tab’s comments from a storage event, by id', () => {
    const ours = must(postComment({ threadKey: THREAD, parentId: null, author: '', text: 'ours' }));
    const theirs = otherTabComment('their-id');
    const staleOurs = { ...ours, text: 'stale', updatedAt: '2000-01-01T00:00:00.000Z' };
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: COMMENTS_KEY,
        newValue: JSON.stringify({
          state: { comments: { [theirs.id]: theirs, [ours.id]: staleOurs } },
          version: 1,
        }),
      }),
    );
    const { comments } = useCommentStore.getState();
    expect(comments[theirs.id]).toEqual(theirs);
    expect(comments[ours.id]?.text).toBe('ours');
    expect(Object.keys(stored())).toHaveLength(2);
  });

  it('an edit saved after another tab deleted the comment brings it back with the new text', () => {
    const ours = must(postComment({ threadKey: THREAD, parentId: null, author: 'A', text: 'one' }));
    // Deleted in another tab, whose storage event has not arrived yet.
    const tombstone = {
      ...ours,
      author: '',
      text: '',
      deleted: true,
      updatedAt: '2999-01-01T00:00:00.000Z',
    };
    localStorage.setItem(
      COMMENTS_KEY,
      JSON.stringify({ state: { comments: { [ours.id]: tombstone } }, version: 1 }),
    );
    expect(editComment(ours, 'two')).toBe(true);
    const saved = must(stored()[ours.id]);
    expect(saved).toMatchObject({ text: 'two', author: 'A' });
    expect(saved.deleted).toBeUndefined();
    expect(saved.updatedAt > tombstone.updatedAt).toBe(true);
    expect(useCommentStore.getState().comments[ours.id]).toEqual(saved);
    // A tombstone given to edit stays one.
    expect(editComment(saved, 'three')).toBe(true);
    expect(editComment({ ...saved, deleted: true }, 'four')).toBe(true);
    expect(stored()[ours.id]?.text).toBe('three');
  });

  it('ignores storage events it cannot read', () => {
    postComment({ threadKey: THREAD, parentId: null, author: '', text: 'ours' });
    const before = useCommentStore.getState().comments;
    for (const newValue of ['{oops', JSON.stringify({ state: { comments: {} }, version: 9 })]) {
      window.dispatchEvent(new StorageEvent('storage', { key: COMMENTS_KEY, newValue }));
    }
    expect(useCommentStore.getState().comments).toBe(before);
  });

  it('picks the later copy of a comment; a deletion wins a tie; a later restore wins', () => {
    const base = otherTabComment('x');
    const later = { ...base, text: 'later', updatedAt: '2999-01-01T00:00:00.000Z' };
    const deleted = { ...base, deleted: true, text: '' };
    expect(newer(base, later)).toBe(later);
    expect(newer(later, base)).toBe(later);
    expect(newer(base, deleted)).toBe(deleted);
    expect(newer(deleted, base)).toBe(deleted);
    expect(newer(deleted, later)).toBe(later);
  });

  it('sets aside corrupt data at start-up instead of overwriting it, and says so', async () => {
    localStorage.setItem(COMMENTS_KEY, '{"state": {"comments": {');
    await reloadStores();
    expect(useCommentStore.getState().comments).toEqual({});
    expect(useStorageProblems.getState()[COMMENTS_KEY]?.unreadable?.copiedTo).toMatch(
      /:unreadable:/,
    );
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${COMMENTS_KEY}:unreadable:`),
    );
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(must(aside[0]))).toBe('{"state": {"comments": {');
    expect(
      postComment({ threadKey: THREAD, parentId: null, author: '', text: 'ok' }),
    ).toBeDefined();
  });

  it('sets aside data from a newer version of the app', async () => {
    const future = JSON.stringify({ state: { comments: {}, tags: [] }, version: 2 });
    localStorage.setItem(COMMENTS_KEY, future);
    await reloadStores();
    const aside = Object.keys(localStorage).find((key) => key.includes(':unreadable:'));
    expect(aside && localStorage.getItem(aside)).toBe(future);
  });

  it('keeps readable comments and a copy of the whole value when some entries are broken', async () => {
    const good = otherTabComment('good');
    const raw = JSON.stringify({ state: { comments: { good, bad: { id: 3 } } }, version: 1 });
    localStorage.setItem(COMMENTS_KEY, raw);
    await reloadStores();
    expect(Object.keys(useCommentStore.getState().comments)).toEqual(['good']);
    const aside = Object.keys(localStorage).find((key) => key.includes(':unreadable:'));
    expect(aside && localStorage.getItem(aside)).toBe(raw);
  });

  it('imports by id: no duplicates, a count of what was new', () => {
    const a = must(postComment({ threadKey: THREAD, parentId: null, author: '', text: 'a' }));
    const b = otherTabComment('b');
    expect(importComments([a, b, b])).toEqual({ added: 1, updated: 0, addedIds: ['b'] });
    expect(importComments([a, b])).toEqual({ added: 0, updated: 0, addedIds: [] });
    expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual([a.id, 'b'].sort());
  });
});
