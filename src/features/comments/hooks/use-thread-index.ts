import { useShallow } from 'zustand/react/shallow';
import { useCommentStore } from '../store/comment-store';
import { childIds, sortedRoots, threadIndex } from '../tree/thread-selectors';
import type { SortOrder } from '../tree/thread-selectors';
import { useThread } from './thread-context';

/** Shown replies of one comment: re-renders only when that list changes. */
export function useChildIds(id: string): readonly string[] {
  const { threadKey, existing } = useThread();
  return useCommentStore(
    useShallow((state) => childIds(threadIndex(state.comments, threadKey, existing), id)),
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

/** Whether the id is a placeholder for a parent that is not there (not loaded, or lost). */
export function useIsMissing(id: string): boolean {
  const { threadKey, existing } = useThread();
  return useCommentStore((state) =>
    threadIndex(state.comments, threadKey, existing).missing.has(id),
  );
}
