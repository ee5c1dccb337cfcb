import { lazy, Suspense } from 'react';
import { paths } from '../config/paths';
import { CommentCount } from '../features/comments/components/comment-count';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { useSince } from '../features/reading/store/reading-store';

// This module is imported by the front page, so the thread (with its "Copy link" buttons) is
// split off: only the small count ships in the initial bundle.
const CommentThreadSlot = lazy(async () => ({
  default: (await import('./comment-thread-slot')).CommentThreadSlot,
}));

/** The comment count shown on every entry in a list. */
export function renderCommentCount(article: Article, source: FeedSource) {
  return (
    <CommentCountSinceVisit
      feedUrl={source.feedUrl}
      articleId={article.id}
      commentsUrl={article.commentsUrl}
    />
  );
}

interface ThreadProps {
  feedUrl: string;
  articleId: string;
  commentsUrl?: string;
}

/** Comments by others since the reader's previous visit to the feed are counted as new. */
function CommentCountSinceVisit(props: ThreadProps) {
  const since = useSince(props.feedUrl);
  return <CommentCount {...props} since={since} />;
}

/** The thread under an article. */
export function renderCommentThread(article: Article, source: FeedSource) {
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          Loading comments…
        </p>
      }
    >
      <CommentThreadSlot
        key={`${source.feedUrl} ${article.id}`}
        feedUrl={source.feedUrl}
        articleId={article.id}
        commentsUrl={article.commentsUrl}
        articleLink={source.link(paths.article(article.id))}
      />
    </Suspense>
  );
}
