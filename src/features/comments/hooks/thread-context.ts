import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Comment, ExistingComment } from '../types';
import type { ReplyOpeners } from './use-thread-keys';

export interface ThreadContextValue {
  threadKey: string;
  /** Existing comments from the article's comments JSON, once loaded. */
  existing: readonly ExistingComment[] | undefined;
  existingById: ReadonlyMap<string, ExistingComment>;
  /** Says something in the thread's polite live region ("Comment posted"). */
  announce: (message: string) => void;
  /** A comment was deleted: offer Undo. */
  onDeleted: (comment: Comment) => void;
  /** Where each comment says how `r` opens its reply form. */
  replyOpeners: ReplyOpeners;
  /** The reader's previous visit: comments by others written after it are new. */
  since?: string;
  /** Extra actions the app adds to each comment (e.g. "Copy link"). */
  renderCommentActions?: (comment: CommentActionsTarget) => ReactNode;
}

/** What the app is told about a comment it adds actions to. */
export interface CommentActionsTarget {
  id: string;
  author: string;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThread(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('Comment components must be inside a CommentThread.');
  return value;
}
