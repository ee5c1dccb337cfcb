import { create } from 'zustand';
import type { CommentRecord } from '../types';
import { COMMENTS_KEY, parseStoredComments } from './comment-store';

/**
 * Ids of comments that another tab of this browser saved while this one was open: the only
 * local comments that can be new to the reader here (what they write in this tab is their own).
 * Memory only; a separate store so that counts re-render when an id arrives.
 */
export const useOtherTabComments = create<{ ids: Readonly<Record<string, true>> }>(() => ({
  ids: {},
}));

/** Whether a comment time is after the previous visit (`since`). */
export function isAfter(createdAt: string, since: string | undefined): boolean {
  return since !== undefined && Date.parse(createdAt) > Date.parse(since);
}

/** Comments from other tabs in one thread, written after `since` and not deleted. */
export function newLocalCount(
  comments: CommentRecord,
  arrived: Readonly<Record<string, true>>,
  threadKey: string,
  since: string | undefined,
): number {
  let count = 0;
  for (const id of Object.keys(arrived)) {
    const comment = comments[id];
    if (comment?.threadKey === threadKey && !comment.deleted && isAfter(comment.createdAt, since))
      count++;
  }
  return count;
}

/** What the other tab's write added: ids in the new value that the old one lacked. */
function onStorage(event: StorageEvent) {
  if (event.key !== COMMENTS_KEY || event.newValue === null) return;
  if (event.storageArea && event.storageArea !== localStorage) return;
  const before = (event.oldValue && parseStoredComments(event.oldValue)) || {};
  const added = Object.keys(parseStoredComments(event.newValue) ?? {}).filter(
    (id) => !(id in before),
  );
  if (added.length === 0) return;
  useOtherTabComments.setState((state) => ({
    ids: { ...state.ids, ...Object.fromEntries(added.map((id) => [id, true as const])) },
  }));
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
