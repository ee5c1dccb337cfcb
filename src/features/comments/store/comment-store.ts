import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createPersisted } from '../../../lib/persisted-store';
import type { CommentRecord } from '../types';
import { COMMENTS_KEY, noteArrived, storeLoaded, useCountedComments } from './comment-counts';
import { readCommentState } from './comment-schema';
import { mergeComments } from './merge-comments';
const COMMENTS_VERSION = 1;

/**
 * Data only. Actions are plain functions in comment-actions.ts (zustand's "no store actions"
 * pattern), so the comment count on list pages imports this small module and not the actions.
 */
export interface CommentState {
  comments: CommentRecord;
}

export const commentStorage = createPersisted<CommentState>({
  name: COMMENTS_KEY,
  version: COMMENTS_VERSION,
  label: 'comments',
  empty: () => ({ comments: {} }),
  // Version 0 had the same shape; later versions add their steps here.
  read: (state) => readCommentState(state),
  merge: (base, incoming) => {
    const comments = mergeComments(base.comments, incoming.comments);
    return comments === base.comments ? base : { comments };
  },
});

export const useCommentStore = create<CommentState>()(
  persist(() => ({ comments: {} }), {
    name: COMMENTS_KEY,
    version: COMMENTS_VERSION,
    storage: commentStorage.storage,
    partialize: (state) => ({ comments: state.comments }),
    migrate: (persisted) => readCommentState(persisted).data,
    // Hydrating merges by id: what this tab already holds is never replaced.
    merge: (persisted, current) =>
      persisted
        ? {
            ...current,
            comments: mergeComments(current.comments, (persisted as CommentState).comments),
          }
        : current,
  }),
);

commentStorage.connect(() => ({ comments: useCommentStore.getState().comments }));

// What counts and "new" marks read, which list pages have without this module.
storeLoaded(useCommentStore.getState().comments);
useCommentStore.subscribe(({ comments }) => useCountedComments.setState({ comments }));

if (typeof window !== 'undefined') {
  // Another tab saved: merge its comments by id (never replace a whole thread).
  commentStorage.listen((incoming) => {
    const current = useCommentStore.getState().comments;
    const merged = mergeComments(current, incoming.comments);
    if (merged !== current) useCommentStore.setState({ comments: merged });
    noteArrived(Object.keys(incoming.comments).filter((id) => !Object.hasOwn(current, id)));
  });
}
