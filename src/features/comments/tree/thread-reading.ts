import { readingMinutes } from '../../../lib/reading-time';
import type { CommentRecord, ExistingComment } from '../types';
import { threadIndex } from './thread-selectors';
import type { ThreadIndex } from './thread-index';

const minutesByIndex = new WeakMap<ThreadIndex, number>();

/**
 * Minutes to read the comments shown in a thread, or 0 when none is shown. Counted once per
 * change to the thread (the index is rebuilt only then), not once per render.
 */
export function threadReadingMinutes(
  comments: CommentRecord,
  threadKey: string,
  existing: readonly ExistingComment[] | undefined,
): number {
  const index = threadIndex(comments, threadKey, existing);
  let minutes = minutesByIndex.get(index);
  if (minutes === undefined) {
    const existingById = new Map(existing?.map((comment) => [comment.id, comment]));
    const texts: string[] = [];
    for (const id of index.shown) {
      // Existing first, as in the thread: a published copy wins over a local one.
      const local = comments[id];
      const text =
        existingById.get(id)?.text ??
        (local?.threadKey === threadKey && !local.deleted ? local.text : undefined);
      if (text !== undefined) texts.push(text);
    }
    minutes = texts.length > 0 ? readingMinutes(texts.join(' ')) : 0;
    minutesByIndex.set(index, minutes);
  }
  return minutes;
}
