import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';
import { newer } from '../../src/features/comments/store/merge-comments';
import { threadReadingMinutes } from '../../src/features/comments/tree/thread-reading';
import {
  KEPT_INDEXES,
  commentNodeSelector,
  resetThreadIndexes,
  threadIndex,
} from '../../src/features/comments/tree/thread-selectors';
import type { Comment, ExistingComment } from '../../src/features/comments/types';
import { generateThread, toRecord } from './generate-thread';
import { must } from './must';

let threads = 0;
/** A thread key of its own: the index is cached per thread across tests. */
const freshThread = () => `selectors-${threads++}`;

function reply(threadKey: string, parentId: string | null, id: string): Comment {
  const at = '2030-01-01T00:00:00.000Z';
  return { id, threadKey, parentId, author: '', text: 'new', createdAt: at, updatedAt: at };
}

describe('a comment’s node', () => {
  it('stays the same object until its own copy, its place or its replies change', () => {
    const key = freshThread();
    const comments = toRecord(generateThread({ threadKey: key, count: 200, seed: 3 }));
    const all = Object.values(comments);
    const parent = must(all.find((c) => all.some((other) => other.parentId === c.id)));
    const leaf = must(all.find((c) => c.parentId !== null && c.id !== parent.id));
    const select = commentNodeSelector(key, undefined, parent.id);
    const first = select(comments);
    expect(first.stored).toBe(comments[parent.id]);
    expect(first.missing).toBe(false);
    expect(first.replies.length).toBeGreaterThan(0);

    // A reply elsewhere, or a comment in another thread: nothing to re-render here.
    const elsewhere = { ...comments, far: reply(key, leaf.id, 'far') };
    expect(select(elsewhere)).toBe(first);
    const otherThread = { ...elsewhere, other: reply('another', null, 'other') };
    expect(select(otherThread)).toBe(first);

    const withReply = { ...otherThread, mine: reply(key, parent.id, 'mine') };
    const second = select(withReply);
    expect(second).not.toBe(first);
    expect(second.replies).toEqual([...first.replies, 'mine']);

    const edited = { ...withReply, [parent.id]: { ...parent, text: 'edited' } };
    expect(select(edited).stored?.text).toBe('edited');
  });

  it('says when it stands for a parent that is not there', () => {
    const key = freshThread();
    const orphan = reply(key, 'gone', 'orphan');
    const node = commentNodeSelector(key, undefined, 'gone')({ orphan });
    expect(node).toMatchObject({ stored: undefined, missing: true, replies: ['orphan'] });
  });
});

describe('thread reading time', () => {
  it('counts the shown comments as readingMinutes counts their texts read as one', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0');
    const text = fc
      .array(fc.tuple(word, space), { maxLength: 300 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, split) => {
        const key = freshThread();
        const local = texts.map((t, i) => ({ ...reply(key, null, `c${i}`), text: t }));
        // Some of them published with the article, the rest written here.
        const existing: ExistingComment[] = split ? local.slice(0, 2) : [];
        const minutes = threadReadingMinutes(toRecord(local.slice(existing.length)), key, existing);
        expect(minutes).toBe(readingMinutes(texts.join(' ')));
      }),
    );
  });
});

describe('merging two copies of a comment', () => {
  /** newer() as first written: by time, then deletion, then by content. */
  function reference(a: Comment, b: Comment): Comment {
    const byTime = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
    if (byTime !== 0) return byTime > 0 ? a : b;
    if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? a : b;
    return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
  }

  it('picks the same copy as comparing their JSON would', () => {
    const copy = fc.record(
      {
        id: fc.constant('x'),
        threadKey: fc.constant('t'),
        parentId: fc.constantFrom(null, 'p'),
        author: fc.constantFrom('', 'Ana'),
        text: fc.constantFrom('a', 'b'),
        createdAt: fc.constant('2024-01-01T00:00:00.000Z'),
        updatedAt: fc.constantFrom(
          '2024-01-01T00:00:00.000Z',
          '2024-01-01T00:00:00Z',
          '2024-01-02T00:00:00.000Z',
        ),
        editedAt: fc.constantFrom('2024-01-01T00:00:00.000Z', undefined),
        deleted: fc.constantFrom(true, false, undefined),
      },
      { requiredKeys: ['id', 'threadKey', 'parentId', 'author', 'text', 'createdAt', 'updatedAt'] },
    );
    // Equal copies whose keys come in another order write different JSON.
    const reordered = (c: Comment): Comment =>
      Object.fromEntries(Object.entries(c).reverse()) as Comment;
    fc.assert(
      fc.property(copy, copy, fc.boolean(), (a, b, flip) => {
        const other = flip ? reordered(b) : b;
        expect(newer(a, other)).toBe(reference(a, other));
        const same = { ...a };
        const sameReordered = reordered(a);
        expect(newer(a, same)).toBe(reference(a, same));
        expect(newer(a, sameReordered)).toBe(reference(a, sameReordered));
        expect(newer(sameReordered, a)).toBe(reference(sameReordered, a));
        expect(newer(a, a)).toBe(a);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the thread indexes kept', () => {
  beforeEach(resetThreadIndexes);

  it(`are those of the last ${KEPT_INDEXES} threads used; a reset forgets them`, () => {
    const keys = Array.from({ length: KEPT_INDEXES + 1 }, (_, i) => `kept-${i}`);
    const comments = Object.fromEntries(keys.map((key) => [key, reply(key, null, key)]));
    const built = keys.slice(0, KEPT_INDEXES).map((key) => threadIndex(comments, key, undefined));
    expect(built[0]?.count).toBe(1);
    // Asked again, every one of them is the index already built.
    keys.slice(0, KEPT_INDEXES).forEach((key, i) => {
      expect(threadIndex(comments, key, undefined)).toBe(built[i]);
    });

    // The first was just used again: one thread more lets go of the second, not the first.
    threadIndex(comments, 'kept-0', undefined);
    threadIndex(comments, keys.at(-1) ?? '', undefined);
    expect(threadIndex(comments, 'kept-0', undefined)).toBe(built[0]);
    expect(threadIndex(comments, 'kept-1', undefined)).not.toBe(built[1]);
    expect(threadIndex(comments, 'kept-1', undefined).count).toBe(1);

    resetThreadIndexes();
    expect(threadIndex(comments, 'kept-0', undefined)).not.toBe(built[0]);
  });
});
