import { useQuery } from '@tanstack/react-query';
import { commentsQuery } from '../api/comments-query';
import { useCommentStore } from '../store/comment-store';
import { localCount } from '../store/local-count';
import { threadKey } from '../store/thread-key';
import type { ExistingComment } from '../types';
import { commentCountText } from '../utils/count-text';

const countOf = (comments: ExistingComment[]) => comments.length;

/**
 * "3 comments" under a list entry. It never fetches: existing comments count once the article's
 * thread has loaded them into the cache. Kept tiny, it ships with the front page.
 */
export function CommentCount({
  feedUrl,
  articleId,
  commentsUrl,
}: {
  feedUrl: string;
  articleId: string;
  commentsUrl?: string;
}) {
  const key = threadKey(feedUrl, articleId);
  const local = useCommentStore((state) => localCount(state.comments, key));
  const { data: existing = 0 } = useQuery({
    ...commentsQuery(commentsUrl ?? ''),
    enabled: false,
    select: countOf,
  });
  return <p className="comment-count">{commentCountText(local + existing)}</p>;
}
