import type { CommentThreadHandle } from '../features/comments/hooks/use-thread-keys';
import type { EntryListHandle } from '../components/entry-navigation';

/** A handle a page hands over while it is mounted, for the shortcuts to act on. */
function target<Handle>() {
  let current: Handle | null = null;
  return {
    get: () => current,
    /** The ref callback for the component that exposes the handle. */
    connect: (handle: Handle | null) => {
      current = handle;
      return () => {
        if (current === handle) current = null;
      };
    },
  };
}

/**
 * What the keyboard shortcuts act on: the article list of the page (j, k, o) and the comment
 * thread (n, p, r). A page shows one of each at most; the shortcuts (keyboard-shortcuts.tsx)
 * are rendered beside the pages, not above them, so the handles meet here.
 */
export const entryList = target<EntryListHandle>();
export const commentThread = target<CommentThreadHandle>();

/** The `ref` of the page's article list. */
export const connectEntryList = entryList.connect;
/** The `ref` of the article's comment thread. */
export const connectCommentThread = commentThread.connect;
