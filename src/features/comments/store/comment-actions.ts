import { own } from '../../../lib/own';
import type { Comment, CommentRecord } from '../types';
import { toRecord } from './comment-schema';
import { commentStorage, useCommentStore } from './comment-store';
import { mergeComments, nextTimestamp } from './merge-comments';

/**
 * Read, merge, write, and only then show: another tab's comments saved since our last look are
 * kept, and a write that fails (storage full or unavailable) changes nothing, so the caller
 * learns synchronously whether to clear its form. Returns the new comments, or undefined.
 */
function commit(change: (comments: CommentRecord) => CommentRecord): CommentRecord | undefined {
  const saved = commentStorage.commit(
    { comments: useCommentStore.getState().comments },
    (state) => ({ comments: change(state.comments) }),
  );
  if (!saved) return undefined;
  useCommentStore.setState({ comments: saved.comments });
  return saved.comments;
}

function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a page served over plain http on a LAN lacks it.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewComment {
  threadKey: string;
  parentId: string | null;
  author: string;
  text: string;
}

/** Saves a new comment or reply; undefined when it could not be saved. */
export function postComment(input: NewComment): Comment | undefined {
  const now = nextTimestamp();
  const comment: Comment = { id: newId(), ...input, createdAt: now, updatedAt: now };
  return commit((comments) => ({ ...comments, [comment.id]: comment })) && comment;
}

/**
 * Changes the text of `comment` (as it was when editing began); false when it could not be
 * saved. Deleted meanwhile, in another tab, it comes back with the new text: the edit is the
 * later wish, and its text is not lost.
 */
export function editComment(comment: Comment, text: string): boolean {
  const saved = commit((comments) => {
    const current = own(comments, comment.id);
    if (comment.deleted) return comments;
    const kept = current && !current.deleted ? current : comment;
    if (kept === current && current.text === text) return comments;
    const editedAt = nextTimestamp(current?.updatedAt);
    return { ...comments, [comment.id]: { ...kept, text, editedAt, updatedAt: editedAt } };
  });
  return saved !== undefined;
}

/**
 * Deletes a comment, keeping a textless tombstone so that replies keep their place and other
 * tabs learn of the deletion. Returns the comment as it was (for Undo), or undefined.
 */
export function deleteComment(id: string): Comment | undefined {
  const found: { before?: Comment } = {};
  const saved = commit((comments) => {
    const before = own(comments, id);
    found.before = before;
    if (!before || before.deleted) return comments;
    const tombstone: Comment = {
      ...before,
      author: '',
      text: '',
      deleted: true,
      updatedAt: nextTimestamp(before.updatedAt),
    };
    return { ...comments, [id]: tombstone };
  });
  return saved && found.before && !found.before.deleted ? found.before : undefined;
}

/** Undo for deleteComment: brings back the comment as it was, newer than its deletion. */
export function restoreComment(previous: Comment): boolean {
  const saved = commit((comments) => {
    const current = own(comments, previous.id);
    const restored: Comment = { ...previous, updatedAt: nextTimestamp(current?.updatedAt) };
    return { ...comments, [previous.id]: restored };
  });
  return saved !== undefined;
}

/** Merges comments from an export by id; undefined when they could not be saved. */
export function importComments(
  incoming: readonly Comment[],
): { added: number; updated: number; addedIds: string[] } | undefined {
  let addedIds: string[] = [];
  let updated = 0;
  const saved = commit((comments) => {
    const record = toRecord(incoming);
    addedIds = Object.keys(record).filter((id) => !Object.hasOwn(comments, id));
    const merged = mergeComments(comments, record);
    // A newer copy of one here (edited, or deleted, since).
    updated = Object.keys(record).filter(
      (id) => Object.hasOwn(comments, id) && own(merged, id) !== own(comments, id),
    ).length;
    return merged;
  });
  return saved && { added: addedIds.length, updated, addedIds };
}

/** Every comment in this browser, for an export file. */
export function allComments(): Comment[] {
  return Object.values(useCommentStore.getState().comments);
}
