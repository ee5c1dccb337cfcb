import { create } from 'zustand';
import type { CommentRecord } from '../types';

export const COMMENTS_KEY = 'broadsheet:comments';

interface CountedComments {
  /** The comments written in this browser: the comment store's, once its code has loaded. */
  comments: CommentRecord;
  /** Ids of those another tab saved while this one was open: the only ones new to the reader. */
  arrived: Readonly<Record<string, true>>;
}

/**
 * What comment counts and "new" marks read. The comment store (comment-store.ts) fills it in
 * once its code has loaded: on a page with a thread, or on a list when there are comments to
 * count (countStoredComments). A reader who never commented does not download it for a list.
 */
export const useCountedComments = create<CountedComments>(() => ({ comments: {}, arrived: {} }));

/** Adds ids to those saved by another tab. */
export function noteArrived(ids: readonly string[]): void {
  if (ids.length === 0) return;
  useCountedComments.setState((state) => ({
    arrived: { ...state.arrived, ...Object.fromEntries(ids.map((id) => [id, true as const])) },
  }));
}

let loading: Promise<void> | undefined;
let listening = false;

/** The comment store's code has loaded: it keeps the counts from now on. */
export function storeLoaded(comments: CommentRecord): void {
  loading ??= Promise.resolve();
  useCountedComments.setState({ comments });
}

/**
 * Loads the comment store for a list where there are comments to count: stored when the list
 * is shown, or saved by another tab later (every comment is then that tab's: without the store,
 * this one wrote none).
 */
export function countStoredComments(): void {
  if (loading || typeof window === 'undefined') return;
  const load = (arrived: boolean) =>
    (loading = import('./comment-store').then(({ useCommentStore }) => {
      if (arrived) noteArrived(Object.keys(useCommentStore.getState().comments));
    }));
  if (hasStoredComments()) {
    void load(false);
  } else if (!listening) {
    listening = true;
    const first = (event: StorageEvent) => {
      if (event.key !== COMMENTS_KEY || event.newValue === null || loading) return;
      window.removeEventListener('storage', first);
      void load(true);
    };
    window.addEventListener('storage', first);
  }
}

function hasStoredComments(): boolean {
  try {
    return localStorage.getItem(COMMENTS_KEY) !== null;
  } catch {
    return false;
  }
}
