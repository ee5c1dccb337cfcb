import { CommentCount } from '../features/comments/components/comment-count';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { discussionPage } from '../features/feed/utils/discussion-page';
import { useSince } from '../features/reading/store/reading-store';

/** The comment count shown on every entry in a list (the thread: comment-thread-loader.tsx). */
export function renderCommentCount(article: Article, source: Pick<FeedSource, 'feedUrl'>) {
  return (
    <CommentCountSinceVisit
      feedUrl={source.feedUrl}
      articleId={article.id}
      commentsUrl={article.commentsUrl}
      discussionPage={discussionPage(article)}
      publishedCount={article.commentCount}
    />
  );
}

interface CountProps {
  feedUrl: string;
  articleId: string;
  commentsUrl?: string;
  discussionPage?: string;
  publishedCount?: number;
}

/** Comments by others since the reader's previous visit to the feed are counted as new. */
function CommentCountSinceVisit(props: CountProps) {
  const since = useSince(props.feedUrl);
  return <CommentCount {...props} since={since} />;
}
