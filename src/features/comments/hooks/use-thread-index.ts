import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCommentStore } from '../store/comment-store';
import {
  commentNodeSelector,
  ownRootIds,
  sortedRoots,
  threadIndex,
} from '../tree/thread-selectors';
import type { CommentNode, SortOrder } from '../tree/thread-selectors';
import { useThread } from './thread-context';

/**
 * What one comment needs from the store, in one subscription: a long thread has hundreds of
 * comments on screen, and every subscription is checked on every change. The selector gives
 * back the same object while the comment's parts are unchanged, so the comment re-renders
 * only when its own copy, its place or its replies change.
 */
export function useCommentNode(id: string): CommentNode {
  const { threadKey, existing } = useThread();
  const select = useMemo(
    () => commentNodeSelector(threadKey, existing, id),
    [threadKey, existing, id],
  );
  return useCommentStore((state) => select(state.comments));
}

/**
 * The reader's own top-level comments among a feed's: a long thread of the feed's comments
 * shows them wherever they sort. (A thread of the reader's own alone pages as any other.)
 */
export function useOwnRootIds(): readonly string[] {
  const { threadKey, existing } = useThread();
  return useCommentStore(
    useShallow((state) => (existing?.length ? ownRootIds(state.comments, threadKey) : [])),
  );
}

export function useRootIds(order: SortOrder): readonly string[] {
  const { threadKey, existing } = useThread();
  return useCommentStore(
    useShallow((state) => sortedRoots(threadIndex(state.comments, threadKey, existing), order)),
  );
}

/** Comments below one comment, at any depth. */
export function useReplyCount(id: string): number {
  const { threadKey, existing } = useThread();
  return useCommentStore(
    (state) => threadIndex(state.comments, threadKey, existing).replyCount.get(id) ?? 0,
  );
}

export function useThreadCount(): number {
  const { threadKey, existing } = useThread();
  return useCommentStore((state) => threadIndex(state.comments, threadKey, existing).count);
}

export function useIsShown(id: string): boolean {
  const { threadKey, existing } = useThread();
  return useCommentStore((state) => threadIndex(state.comments, threadKey, existing).shown.has(id));
}
