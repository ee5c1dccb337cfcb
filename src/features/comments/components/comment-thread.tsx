import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { useSearchParams } from 'react-router';
import { LoadStatus } from '../../../components/load-status';
import { hostOf } from '../../../lib/http';
import { plural } from '../../../lib/plural';
import { commentsQuery } from '../api/comments-query';
import { ThreadContext } from '../hooks/thread-context';
import type { CommentActionsTarget, ThreadContextValue } from '../hooks/thread-context';
import { usePermalink } from '../hooks/use-permalink';
import { useThreadKeys } from '../hooks/use-thread-keys';
import type { CommentThreadHandle } from '../hooks/use-thread-keys';
import { threadKey } from '../store/thread-key';
import type { Comment } from '../types';
import { CommentForm } from './comment-form';
import { CommentList } from './comment-list';
import { CommentsTools } from './comments-tools';
import { FocusedThread } from './focused-thread';
import { NewComments } from './new-comments';
import { SetAsideNotice } from './set-aside-notice';
import { ThreadHeading } from './thread-heading';
import { ThreadReadingTime } from './thread-reading-time';
import { UndoDelete } from './undo-delete';
import '../comments.css';

interface CommentThreadProps {
  /** Absolute URL of the feed: part of the thread's key. */
  feedUrl: string;
  articleId: string;
  /** Absolute URL of the article's existing comments JSON. */
  commentsUrl?: string;
  /** How many comments the publisher counts for the article, whether or not it publishes them. */
  publishedCount?: number;
  /** The web page where the publisher shows them. */
  commentsPage?: string;
  /**
   * A page where the article is discussed that no comment feed brings here, such as a Hacker
   * News item for the story it links to: linked, whether or not the feed counts its comments.
   */
  discussionPage?: string;
  /** The reader's previous visit: comments by others written after it are marked new. */
  since?: string;
  /**
   * Extra actions under each comment, e.g. "Copy link". Keep it stable (useCallback): a new
   * function re-renders every comment.
   */
  renderCommentActions?: (comment: CommentActionsTarget) => ReactNode;
  /** Moves through the comments and opens replies: the app gives it to the keyboard shortcuts. */
  ref?: Ref<CommentThreadHandle>;
}

/** The comment thread under an article: existing comments merged with the reader's own. */
export function CommentThread({
  feedUrl,
  articleId,
  commentsUrl,
  publishedCount,
  commentsPage,
  discussionPage,
  since,
  renderCommentActions,
  ref,
}: CommentThreadProps) {
  const key = threadKey(feedUrl, articleId);
  const query = useQuery(commentsQuery(commentsUrl));
  const existing = query.data;
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const [deleted, setDeleted] = useState<Comment>();
  const [params] = useSearchParams();
  const focusId = params.get('thread');
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const replyOpeners = useThreadKeys(ref, section);

  const announce = useCallback(
    (text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })),
    [],
  );
  const clearDeleted = useCallback(() => setDeleted(undefined), []);
  const context = useMemo<ThreadContextValue>(
    () => ({
      threadKey: key,
      existing,
      existingById: new Map(existing?.map((comment) => [comment.id, comment])),
      announce,
      onDeleted: setDeleted,
      replyOpeners,
      since,
      renderCommentActions,
    }),
    [key, existing, announce, replyOpeners, since, renderCommentActions],
  );
  const settled = !commentsUrl || !query.isPending;
  usePermalink(settled);
  // Comments the publisher counts but does not publish in a feed (or not all of them), or not
  // yet (the comment feed on its way, or not to be read offline): counted as the list counts
  // them, and, once the comment feed has answered, linked to where they are.
  const elsewhere = Math.max(0, (publishedCount ?? 0) - (existing?.length ?? 0));

  return (
    <ThreadContext value={context}>
      <section ref={section} className="comments" aria-labelledby={headingId}>
        <ThreadHeading
          id={headingId}
          more={elsewhere}
          // A comment feed on its way that the feed gave no count for may bring any number.
          known={settled || publishedCount !== undefined}
        />
        {/* Offline, the comment feed may yet bring them: said so below, not sent elsewhere. */}
        {settled && elsewhere > 0 && commentsPage ? (
          <ElsewhereNotice count={elsewhere} more={Boolean(existing?.length)} page={commentsPage} />
        ) : (
          discussionPage && (
            <p className="comment-notice">
              <a href={discussionPage}>Discussion on {hostOf(discussionPage) ?? 'the site'}</a>
            </p>
          )
        )}
        <ThreadReadingTime />
        <NewComments />
        <SetAsideNotice />
        {/* Where the feed counts none, its comment feed brings only what is new since, if it
            can be read: nothing to wait for, nothing missed if it cannot. */}
        {commentsUrl && publishedCount !== 0 && (
          <LoadStatus
            query={query}
            loading="Loading comments…"
            offline="You are offline: earlier comments will show once you are back online."
            errorTitle="Earlier comments could not be loaded."
            onRetry={() => void query.refetch()}
            className="comment-notice"
          />
        )}
        {focusId ? (
          <FocusedThread id={focusId} loading={!settled} />
        ) : (
          <>
            <CommentForm parentId={null} submitLabel="Post comment" />
            <CommentList />
          </>
        )}
        <p role="status" className="visually-hidden">
          <span key={announcement.n}>{announcement.text}</span>
        </p>
        <UndoDelete deleted={deleted} onDone={clearDeleted} />
        <CommentsTools />
      </section>
    </ThreadContext>
  );
}

/** "148 comments are on the site itself. Read them on dcrainmaker.com" */
function ElsewhereNotice({ count, more, page }: { count: number; more: boolean; page: string }) {
  return (
    <p className="comment-notice">
      {plural(count, {
        one: more ? '# more comment is' : '# comment is',
        other: more ? '# more comments are' : '# comments are',
      })}{' '}
      on the site itself.{' '}
      <a href={page}>
        Read {count === 1 ? 'it' : 'them'} on {hostOf(page) ?? 'the site'}
      </a>
    </p>
  );
}
