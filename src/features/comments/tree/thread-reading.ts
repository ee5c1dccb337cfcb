import { WORDS_PER_MINUTE, countWords } from '../../../lib/reading-time';
import type { CommentRecord, ExistingComment } from '../types';
import { threadIndex } from './thread-selectors';
import type { ThreadIndex } from './thread-index';

const minutesByIndex = new WeakMap<ThreadIndex, number>();
/** Words of each comment (stored comments never change in place): a new reply counts alone. */
const wordsByComment = new WeakMap<{ text: string }, number>();

function words(comment: { text: string }): number {
  let count = wordsByComment.get(comment);
  if (count === undefined) {
    count = countWords(comment.text);
    wordsByComment.set(comment, count);
  }
  return count;
}

/**
 * Minutes to read the comments shown in a thread, or 0 when none is shown. Counted once per
 * change to the thread (the index is rebuilt only then), not once per render; the texts read
 * as one, like readingMinutes(texts.join(' ')), since the space between two never joins words.
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
    let texts = 0;
    let total = 0;
    for (const id of index.shown) {
      // Existing first, as in the thread: a published copy wins over a local one.
      const local = comments[id];
      const comment =
        existingById.get(id) ??
        (local?.threadKey === threadKey && !local.deleted ? local : undefined);
      if (comment === undefined) continue;
      texts++;
      total += words(comment);
    }
    minutes = texts > 0 ? Math.max(1, Math.round(total / WORDS_PER_MINUTE)) : 0;
    minutesByIndex.set(index, minutes);
  }
  return minutes;
}
