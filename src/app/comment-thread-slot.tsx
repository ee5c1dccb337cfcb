import { useCallback, useMemo } from 'react';
import { CommentThread } from '../features/comments/components/comment-thread';
import type { CommentActionsTarget } from '../features/comments/hooks/thread-context';
import { useSince } from '../features/reading/store/reading-store';
import { CopyLinkButton } from '../features/share/components/copy-link-button';
import { connectCommentThread } from './shortcut-targets';

export interface CommentThreadSlotProps {
  feedUrl: string;
  articleId: string;
  commentsUrl?: string;
  publishedCount?: number;
  commentsPage?: string;
  discussionPage?: string;
  /** The article's in-app path with `?feed=`: each comment's link adds its hash. */
  articleLink: string;
}

/**
 * The thread with "Copy link" on each comment; comments by others since the reader's previous
 * visit are marked new. Loaded lazily, with the thread.
 */
export function CommentThreadSlot({ articleLink, ...props }: CommentThreadSlotProps) {
  const since = useSince(props.feedUrl);
  // The article's address is resolved once; each comment only adds its hash to it.
  const articleUrl = useMemo(
    () => new URL(articleLink, window.location.origin).href,
    [articleLink],
  );
  // Stable while the article is: a new function would re-render every comment of the thread.
  const renderCommentActions = useCallback(
    ({ id, author }: CommentActionsTarget) => (
      <CopyLinkButton
        url={new URL(`#comment-${id}`, articleUrl).href}
        ariaLabel={`Copy link to ${author || 'Anonymous'}’s comment`}
      />
    ),
    [articleUrl],
  );
  return (
    <CommentThread
      {...props}
      ref={connectCommentThread}
      since={since}
      renderCommentActions={renderCommentActions}
    />
  );
}
