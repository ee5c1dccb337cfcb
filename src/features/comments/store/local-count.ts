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
