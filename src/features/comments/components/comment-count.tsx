import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { hostOf } from '../../../lib/http';
import { plural } from '../../../lib/plural';
import { commentsQuery } from '../api/comments-query';
import { countStoredComments, useCountedComments } from '../store/comment-counts';
import { isAfter, localCount, newLocalCount } from '../store/local-count';
import { threadKey } from '../store/thread-key';
import type { ExistingComment } from '../types';
import { commentCountText } from '../utils/count-text';

const NONE = { all: 0, new: 0 };

/**
 * "3 comments" under a list entry. It never fetches: existing comments count as the feed counts
 * them, or as many as the article's thread has loaded into the cache, whichever is more. Kept tiny, it ships with the front page.
 * An item whose comments are on a page of their own that the feed neither counts nor publishes
 * (Hacker News) links to that page instead of saying it has none.
 */
export function CommentCount({
  feedUrl,
  articleId,
  commentsUrl,
  discussionPage,
  publishedCount,
  since,
}: {
  feedUrl: string;
  articleId: string;
  commentsUrl?: string;
  /** The web page of the item's comments, where the feed publishes none of them. */
  discussionPage?: string;
  /** How many comments the feed says the article has, before its thread is loaded. */
  publishedCount?: number;
  /** The reader's previous visit: comments by others written after it count as new. */
  since?: string;
}) {
  const key = threadKey(feedUrl, articleId);
  useEffect(countStoredComments, []);
  const local = useCountedComments((state) => localCount(state.comments, key));
  const newLocal = useCountedComments((state) =>
    newLocalCount(state.comments, state.arrived, key, since),
  );
  const countOf = useCallback(
    (comments: ExistingComment[]) => ({
      all: comments.length,
      new: comments.filter((comment) => isAfter(comment.createdAt, since)).length,
    }),
    [since],
  );
  const { data: existing = NONE } = useQuery({
    ...commentsQuery(commentsUrl),
    enabled: false,
    select: countOf,
  });
  const fresh = newLocal + existing.new;
  const count = local + Math.max(existing.all, publishedCount ?? 0);
  return (
    <p className="comment-count">
      {count === 0 && publishedCount === undefined && discussionPage ? (
        <a href={discussionPage}>Discussion on {hostOf(discussionPage) ?? 'the site'}</a>
      ) : (
        commentCountText(count)
      )}
      {fresh > 0 && (
        <>
          {' · '}
          <span className="comment-count-new">
            {plural(fresh, { one: '# new comment', other: '# new comments' })}
          </span>
        </>
      )}
    </p>
  );
}
