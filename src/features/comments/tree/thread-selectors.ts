import type { Comment, CommentRecord, ExistingComment } from '../types';
import { buildThreadIndex } from './thread-index';
import type { ThreadIndex } from './thread-index';

export type SortOrder = 'oldest' | 'newest' | 'replies';

const byThread = new WeakMap<CommentRecord, Map<string, Comment[]>>();

function localThread(comments: CommentRecord, threadKey: string): readonly Comment[] {
  let threads = byThread.get(comments);
  if (!threads) {
    threads = new Map();
    for (const comment of Object.values(comments)) {
      const list = threads.get(comment.threadKey);
      if (list) list.push(comment);
      else threads.set(comment.threadKey, [comment]);
    }
    byThread.set(comments, threads);
  }
  return threads.get(threadKey) ?? [];
}

/** The reader's own top-level comments in a thread, not deleted. */
export function ownRootIds(comments: CommentRecord, threadKey: string): string[] {
  return localThread(comments, threadKey)
    .filter((comment) => comment.parentId === null && !comment.deleted)
    .map((comment) => comment.id);
}

interface CachedIndex {
  local: readonly Comment[];
  existing: readonly ExistingComment[] | undefined;
  index: ThreadIndex;
}

/** Threads whose index is kept: a reader moves between a few, not hundreds, in one visit. */
export const KEPT_INDEXES = 20;

/** The last indexes built, least recently used first. */
const indexes = new Map<string, CachedIndex>();

/** Forgets every index kept (for tests). */
export function resetThreadIndexes() {
  indexes.clear();
}

/**
 * The thread's tree for the store's current comments. Built once per change to this thread and
 * shared by every selector, so each comment's selector is a map lookup. The last KEPT_INDEXES
 * threads' indexes are kept.
 */
export function threadIndex(
  comments: CommentRecord,
  threadKey: string,
  existing: readonly ExistingComment[] | undefined,
): ThreadIndex {
  const local = localThread(comments, threadKey);
  const cached = indexes.get(threadKey);
  // Taken out and put back: the map's order is the order of use.
  indexes.delete(threadKey);
  if (cached && cached.existing === existing && sameItems(cached.local, local)) {
    indexes.set(threadKey, cached);
    return cached.index;
  }
  // Existing comments first: if an id appears twice, the published copy is the one shown.
  const index = buildThreadIndex([...(existing ?? []), ...local], cached?.index);
  indexes.set(threadKey, { local, existing, index });
  for (const oldest of indexes.keys()) {
    if (indexes.size <= KEPT_INDEXES) break;
    indexes.delete(oldest);
  }
  return index;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

const NONE: readonly string[] = [];

function childIds(index: ThreadIndex, id: string): readonly string[] {
  return index.children.get(id) ?? NONE;
}

/** What one comment of a thread shows from the store. */
export interface CommentNode {
  /** The comment as stored here, if it is (it may be another thread's, or deleted). */
  stored: Comment | undefined;
  /** A placeholder for a parent that is not there (not loaded, or lost). */
  missing: boolean;
  /** Shown replies, oldest first. */
  replies: readonly string[];
}

/**
 * A selector for one comment's node that gives back the same object while its parts are the
 * same: the index keeps unchanged reply lists, so a change elsewhere in the thread (or in
 * another thread) leaves this comment alone. The same comments give the node without a lookup.
 */
export function commentNodeSelector(
  threadKey: string,
  existing: readonly ExistingComment[] | undefined,
  id: string,
): (comments: CommentRecord) => CommentNode {
  let seen: CommentRecord | undefined;
  let node: CommentNode | undefined;
  return (comments) => {
    if (node && comments === seen) return node;
    seen = comments;
    const index = threadIndex(comments, threadKey, existing);
    const stored = comments[id];
    const missing = index.missing.has(id);
    const replies = childIds(index, id);
    if (node && node.stored === stored && node.missing === missing && node.replies === replies) {
      return node;
    }
    node = { stored, missing, replies };
    return node;
  };
}

const sorted = new WeakMap<ThreadIndex, Map<SortOrder, readonly string[]>>();

/** Top-level ids in the chosen order; replies always stay oldest first. */
export function sortedRoots(index: ThreadIndex, order: SortOrder): readonly string[] {
  if (order === 'oldest') return index.roots;
  let byOrder = sorted.get(index);
  if (!byOrder) {
    byOrder = new Map();
    sorted.set(index, byOrder);
  }
  let roots = byOrder.get(order);
  if (!roots) {
    roots =
      order === 'newest'
        ? [...index.roots].reverse()
        : [...index.roots].sort(
            (a, b) => (index.replyCount.get(b) ?? 0) - (index.replyCount.get(a) ?? 0),
          );
    byOrder.set(order, roots);
  }
  return roots;
}
