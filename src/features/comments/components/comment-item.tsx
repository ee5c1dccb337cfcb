import { memo, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useThread } from '../hooks/thread-context';
import { useCommentNode } from '../hooks/use-thread-index';
import { useReplyShortcut } from '../hooks/use-thread-keys';
import { deleteComment } from '../store/comment-actions';
import { draftKey, useDraftStore } from '../store/draft-store';
import { useCountedComments } from '../store/comment-counts';
import { isAfter } from '../store/local-count';
import { CommentEditForm } from './comment-edit-form';
import { CommentForm } from './comment-form';
import { CommentText } from './comment-text';
import { RelativeTime } from './relative-time';
import { ContinueThreadLink, HiddenReplies } from './reply-links';
import { useShownOrPosted } from '../hooks/use-posted-here';
import { ShowMoreButton, useShownIds } from './show-more';
import { CHANGE_FAILED, StorageError } from './storage-error';

/** Replies indent this deep; below it a sub-thread opens on its own view. */
const MAX_DEPTH = 5;
/** Replies shown under a comment at first, and added by each "Show more replies". */
const REPLY_PAGE = 4;

type Mode = 'read' | 'reply' | 'edit';

/**
 * One comment and its replies. It subscribes to its own comment and its own reply ids only, so
 * a new reply re-renders the branch it joins and nothing else. (The inner function has its own
 * name so that replies render the memoised CommentItem, not the bare function.)
 */
export const CommentItem = memo(function CommentItemView({
  id,
  depth,
}: {
  id: string;
  depth: number;
}) {
  const { threadKey, existingById, onDeleted, since, renderCommentActions } = useThread();
  const { stored, missing, replies } = useCommentNode(id);
  const existing = existingById.get(id);
  const local = !existing && stored?.threadKey === threadKey ? stored : undefined;
  const fromOtherTab = useCountedComments((state) => Object.hasOwn(state.arrived, id));
  const { shown, next, showMore } = useShownIds(replies, REPLY_PAGE);
  // Below the deepest indented level only what the reader posted in this tab is shown inline.
  const postedReplies = useShownOrPosted(replies, 0);
  const [mode, setMode] = useState<Mode>(() =>
    useDraftStore.getState().drafts[draftKey(threadKey, id)] ? 'reply' : 'read',
  );
  // A reply box reopened from a saved draft must not steal focus when the page loads.
  const [focusForm, setFocusForm] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const element = useRef<HTMLElement>(null);
  const authorId = useId();
  const repliesId = useId();

  const comment = existing ?? local;
  const placeholder = !comment || Boolean(local?.deleted);
  // New to the reader: written after their previous visit, and not by them in this tab.
  const isNew = !placeholder && (existing || fromOtherTab) && isAfter(comment.createdAt, since);
  const closeReply = () => {
    setMode('read');
    replyButton.current?.focus();
  };
  const closeEdit = () => {
    setMode('read');
    editButton.current?.focus();
  };
  // r: as the Reply button does, except that an open form is not closed but given focus.
  useReplyShortcut(element, () => {
    if (placeholder) return false;
    if (mode === 'reply') {
      element.current?.querySelector<HTMLElement>(':scope > form textarea')?.focus();
    } else {
      setMode('reply');
      setFocusForm(true);
    }
    return true;
  });
  const remove = () => {
    // Deleting here is the reader's own wish: an edit still open goes with the comment.
    if (mode === 'edit') flushSync(() => setMode('read'));
    const before = deleteComment(id);
    setDeleteFailed(!before);
    if (before) onDeleted(before);
  };

  return (
    <article
      ref={element}
      id={`comment-${id}`}
      className={placeholder ? 'comment comment-placeholder' : 'comment'}
      aria-labelledby={authorId}
      tabIndex={-1}
      data-comment=""
      data-comment-new={isNew ? '' : undefined}
    >
      {placeholder || !comment ? (
        <p id={authorId} className="comment-byline">
          {missing ? '[comment unavailable]' : '[deleted]'}
        </p>
      ) : (
        <>
          <p className="comment-byline">
            <span id={authorId}>
              <span className="comment-author" dir="auto">
                {comment.author || 'Anonymous'}
              </span>
              {' · '}
              <RelativeTime iso={comment.createdAt} />
              {local?.editedAt && ' · edited'}
              {isNew && (
                <>
                  {' · '}
                  <span className="comment-new">new</span>
                </>
              )}
            </span>
            {' · '}
            <a className="comment-permalink" href={`#comment-${id}`}>
              Permalink
            </a>
          </p>
          {mode === 'edit' && local ? (
            <CommentEditForm comment={local} onClose={closeEdit} />
          ) : (
            <CommentText text={comment.text} />
          )}
        </>
      )}
      <div className="comment-actions">
        {!placeholder && (
          <button
            ref={replyButton}
            type="button"
            className="comment-action"
            aria-describedby={authorId}
            aria-expanded={mode === 'reply'}
            onClick={() => {
              setMode(mode === 'reply' ? 'read' : 'reply');
              setFocusForm(true);
            }}
          >
            Reply
          </button>
        )}
        {local && !placeholder && (
          <>
            <button
              ref={editButton}
              type="button"
              className="comment-action"
              aria-describedby={authorId}
              aria-expanded={mode === 'edit'}
              onClick={() => setMode(mode === 'edit' ? 'read' : 'edit')}
            >
              Edit
            </button>
            <button
              type="button"
              className="comment-action"
              aria-describedby={authorId}
              onClick={remove}
            >
              Delete
            </button>
          </>
        )}
        {!placeholder && renderCommentActions?.({ id, author: comment.author })}
        {replies.length > 0 && (
          <button
            type="button"
            className="comment-action"
            aria-describedby={authorId}
            aria-expanded={!collapsed}
            aria-controls={collapsed || depth >= MAX_DEPTH ? undefined : repliesId}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? 'Expand thread' : 'Collapse thread'}
          </button>
        )}
      </div>
      {deleteFailed && <StorageError message={CHANGE_FAILED} />}
      {mode === 'reply' && !placeholder && (
        <CommentForm
          parentId={id}
          submitLabel="Post reply"
          autoFocus={focusForm}
          onPosted={closeReply}
          onCancel={closeReply}
        />
      )}
      {replies.length > 0 &&
        (collapsed ? (
          <HiddenReplies id={id} />
        ) : depth >= MAX_DEPTH ? (
          <>
            {/* Past the deepest level, the reader's own replies line up under their parent. */}
            {postedReplies.length > 0 && (
              <div className="comment-replies comment-replies-flat">
                {postedReplies.map((reply) => (
                  <CommentItem key={reply} id={reply} depth={depth + 1} />
                ))}
              </div>
            )}
            <ContinueThreadLink id={id} />
          </>
        ) : (
          <div id={repliesId} className="comment-replies">
            {shown.map((reply) => (
              <CommentItem key={reply} id={reply} depth={depth + 1} />
            ))}
            <ShowMoreButton
              next={next}
              onClick={showMore}
              forms={{ one: 'Show # more reply', other: 'Show # more replies' }}
            />
          </div>
        ))}
    </article>
  );
});
