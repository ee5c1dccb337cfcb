import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
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
import { threadKey } from '../../src/features/comments/store/thread-key';
import { buildThreadIndex } from '../../src/features/comments/tree/thread-index';
import type { Comment } from '../../src/features/comments/types';
import { FEED, OTHER_FEED, reloadStores, resetComments } from './reset';
import { must } from './must';

const THREADS = [threadKey(FEED, 'a1'), threadKey(OTHER_FEED, 'a1')];

type Op =
  | { kind: 'post'; thread: number; text: string }
  | { kind: 'reply'; target: number; text: string }
  | { kind: 'edit'; target: number; text: string }
  | { kind: 'delete'; target: number }
  | { kind: 'undo' }
  | { kind: 'import'; targets: number[]; orphan: boolean };

const text = fc.string({ minLength: 1, maxLength: 12 });
const target = fc.nat({ max: 50 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('post' as const), thread: fc.nat({ max: 1 }), text }),
  fc.record({ kind: fc.constant('reply' as const), target, text }),
  fc.record({ kind: fc.constant('reply' as const), target, text }),
  fc.record({ kind: fc.constant('edit' as const), target, text }),
  fc.record({ kind: fc.constant('delete' as const), target }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({
    kind: fc.constant('import' as const),
    targets: fc.array(target, { maxLength: 3 }),
    orphan: fc.boolean(),
  }),
);

let imported = 0;

function run(ops: Op[]) {
  const undo: Comment[] = [];
  for (const step of ops) {
    const all = Object.values(useCommentStore.getState().comments);
    const pick = (n: number) => all[n % Math.max(all.length, 1)];
    switch (step.kind) {
      case 'post':
        postComment({
          threadKey: must(THREADS[step.thread]),
          parentId: null,
          author: '',
          text: step.text,
        });
        break;
      case 'reply': {
        const parent = pick(step.target);
        if (parent) {
          postComment({
            threadKey: parent.threadKey,
            parentId: parent.id,
            author: 'R',
            text: step.text,
          });
        }
        break;
      }
      case 'edit': {
        const comment = pick(step.target);
        if (comment) editComment(comment, step.text);
        break;
      }
      case 'delete': {
        const comment = pick(step.target);
        const before = comment && deleteComment(comment.id);
        if (before) undo.push(before);
        break;
      }
      case 'undo': {
        const last = undo.pop();
        if (last) restoreComment(last);
        break;
      }
      case 'import': {
        // An export from "another browser": copies of some comments, edited later, plus new
        // replies, one of them perhaps to a parent this browser never saw.
        const copies = step.targets.flatMap((n) => {
          const comment = pick(n);
          return comment
            ? [{ ...comment, text: `${comment.text}!`, updatedAt: '2999-01-01T00:00:00.000Z' }]
            : [];
        });
        const now = new Date().toISOString();
        const fresh: Comment[] = copies.map((parent) => ({
          id: `imported-${imported++}`,
          threadKey: parent.threadKey,
          parentId: parent.id,
          author: 'I',
          text: 'imported',
          createdAt: now,
          updatedAt: now,
        }));
        if (step.orphan) {
          fresh.push({
            ...(fresh[0] ?? {
              threadKey: must(THREADS[0]),
              author: '',
              text: 'o',
              createdAt: now,
              updatedAt: now,
            }),
            id: `imported-${imported++}`,
            parentId: 'never-seen',
          });
        }
        importComments([...copies, ...fresh]);
        break;
      }
    }
  }
}

function checkTreeIsWhole(comments: Record<string, Comment>) {
  for (const key of THREADS) {
    const local = Object.values(comments).filter((comment) => comment.threadKey === key);
    const index = buildThreadIndex(local);
    const placed = [...index.roots, ...[...index.children.values()].flat()];
    // Nothing shown twice, and every shown id is placed somewhere.
    expect(new Set(placed).size).toBe(placed.length);
    expect(new Set(placed)).toEqual(index.shown);
    for (const comment of local) {
      if (comment.deleted) continue;
      expect(index.shown.has(comment.id)).toBe(true);
      if (comment.parentId === null) {
        expect(index.roots).toContain(comment.id);
      } else {
        // Under its parent, or under a placeholder standing for it.
        expect(index.children.get(comment.parentId)).toContain(comment.id);
        const parent = comments[comment.parentId];
        expect(parent ? parent.threadKey === key : index.missing.has(comment.parentId)).toBe(true);
      }
    }
    const shownComments = [...index.shown].filter(
      (id) => !index.missing.has(id) && !comments[id]?.deleted,
    );
    expect(index.count).toBe(shownComments.length);
    expect(index.count).toBe(local.filter((comment) => !comment.deleted).length);
    expect(localCount(comments, key)).toBe(index.count);
  }
}

afterEach(resetComments);

describe('comment store properties', () => {
  it('any sequence of operations keeps the tree whole, the counts right, and survives a reload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        resetComments();
        run(ops);
        const comments = useCommentStore.getState().comments as Record<string, Comment>;
        checkTreeIsWhole(comments);

        const saved = JSON.parse(localStorage.getItem(COMMENTS_KEY) ?? '{"state":{"comments":{}}}');
        expect(saved.state.comments).toEqual(comments);
        useCommentStore.setState({ comments: {} });
        localStorage.setItem(COMMENTS_KEY, JSON.stringify(saved));
        await reloadStores();
        expect(useCommentStore.getState().comments).toEqual(comments);
      }),
      { numRuns: 150 },
    );
  });

  it('merging in any order gives the same comments (tabs converge)', () => {
    const comment = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      threadKey: fc.constant(must(THREADS[0])),
      parentId: fc.constant(null),
      author: fc.constant(''),
      text: fc.string({ maxLength: 3 }),
      createdAt: fc.constant('2024-01-01T00:00:00.000Z'),
      updatedAt: fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z'),
      deleted: fc.option(fc.constant(true), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(comment, { maxLength: 6 }),
        fc.array(comment, { maxLength: 6 }),
        (a, b) => {
          resetComments();
          importComments(a);
          importComments(b);
          const ab = useCommentStore.getState().comments;
          resetComments();
          importComments(b);
          importComments(a);
          expect(useCommentStore.getState().comments).toEqual(ab);
        },
      ),
    );
  });
});
