import type { CommentRecord } from '../types';

const counts = new WeakMap<CommentRecord, Map<string, number>>();

/** Comments shown in a thread that were written here (deleted ones are not counted). */
export function localCount(comments: CommentRecord, threadKey: string): number {
  let byThread = counts.get(comments);
  if (!byThread) {
    byThread = new Map();
    for (const comment of Object.values(comments)) {
      if (comment.deleted) continue;
      byThread.set(comment.threadKey, (byThread.get(comment.threadKey) ?? 0) + 1);
    }
    counts.set(comments, byThread);
  }
  return byThread.get(threadKey) ?? 0;
}

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
