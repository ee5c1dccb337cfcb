import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';

/** The comment count shown on every entry in a list. */
export function renderCommentCount(_article: Article, _source: FeedSource) {
  return <p className="comment-count">No comments</p>;
}

/** The thread under an article. */
export function renderCommentThread(_article: Article, _source: FeedSource) {
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">No comments</h2>
    </section>
  );
}
