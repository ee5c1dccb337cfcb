import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useLeaveWarning } from '../../../components/use-leave-warning';
import { own } from '../../../lib/own';
import { useThread } from '../hooks/thread-context';
import { markPosted } from '../hooks/use-posted-here';
import { postComment } from '../store/comment-actions';
import { useCommentStore } from '../store/comment-store';
import {
  draftKey,
  keepInCommentBox,
  rememberName,
  setDraft,
  useDraftStore,
} from '../store/draft-store';
import type { Comment } from '../types';
import { hasErrors, validateComment } from '../utils/validate';
import type { FieldErrors } from '../utils/validate';
import { POST_FAILED, StorageError } from './storage-error';
import { TextCounter, counted } from './text-counter';

interface CommentFormProps {
  /** null for a new top-level comment. */
  parentId: string | null;
  submitLabel: string;
  onPosted?: (comment: Comment) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** Name and comment, kept as a draft until posted; refused input stays for the reader to fix. */
export function CommentForm({
  parentId,
  submitLabel,
  onPosted,
  onCancel,
  autoFocus,
}: CommentFormProps) {
  const { threadKey, announce } = useThread();
  const key = draftKey(threadKey, parentId);
  const text = useDraftStore((state) => state.drafts[key] ?? '');
  const name = useDraftStore((state) => state.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Failures in a row: each one is said anew (Post pressed again while storage is still full).
  const [saveFailed, setSaveFailed] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  // The comment replied to was deleted (here, or in another tab): the form goes with it, and
  // the reply written moves to the thread's comment box, so none of it is lost.
  useEffect(() => {
    if (parentId === null) return;
    // Not a feed's comment, which only its feed removes.
    if (!own(useCommentStore.getState().comments, parentId)) return;
    return useCommentStore.subscribe(({ comments }) => {
      const parent = own(comments, parentId);
      const written = own(useDraftStore.getState().drafts, key)?.trim();
      if ((parent && !parent.deleted) || !written) return;
      // Focus, if it was in this form, goes where the text went: not to the page.
      const box = textRef.current?.closest('.comments')?.querySelector('textarea');
      const hadFocus = textRef.current?.form?.contains(document.activeElement);
      keepInCommentBox(threadKey, written);
      setDraft(key, '');
      announce('The comment you were replying to was deleted. Your reply is in the comment box.');
      if (hadFocus && box !== textRef.current) requestAnimationFrame(() => box?.focus());
    });
  }, [parentId, key, threadKey, announce]);

  // A comment storage refused lives only in this form: leaving the page asks first.
  useLeaveWarning(saveFailed > 0 && text.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const author = name.trim();
    const body = text.trim();
    const found = validateComment(author, body);
    setErrors(found);
    if (hasErrors(found)) {
      (found.name ? nameRef : textRef).current?.focus();
      return;
    }
    const comment = postComment({ threadKey, parentId, author, text: body });
    setSaveFailed((failures) => (comment ? 0 : failures + 1));
    if (!comment) return;
    markPosted(comment.id);
    setDraft(key, '');
    announce('Comment posted');
    onPosted?.(comment);
  };

  const describedBy = (error: string | undefined, ...more: string[]) =>
    [error && `${id}-${error}`, ...more].filter(Boolean).join(' ') || undefined;

  return (
    <form
      className="comment-form"
      onSubmit={submit}
      // Escape is Cancel, as in the edit form; what was typed stays as a draft.
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel?.();
      }}
      noValidate
    >
      <div className="comment-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          dir="auto"
          type="text"
          autoComplete="nickname"
          value={name}
          placeholder="Anonymous"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(errors.name && 'name-error')}
          onChange={(event) => {
            rememberName(event.target.value);
            if (errors.name) setErrors({ ...errors, name: undefined });
          }}
        />
        {errors.name && (
          <p id={`${id}-name-error`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="comment-field">
        <label htmlFor={`${id}-text`}>Comment</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          dir="auto"
          rows={parentId ? 3 : 5}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(
            errors.text && 'text-error',
            ...(counted(text) ? [`${id}-counter`] : []),
          )}
          onChange={(event) => {
            setDraft(key, event.target.value);
            if (errors.text) setErrors({ ...errors, text: undefined });
          }}
        />
        {errors.text && (
          <p id={`${id}-text-error`} className="field-error">
            {errors.text}
          </p>
        )}
        <TextCounter id={`${id}-counter`} text={text} />
      </div>
      {saveFailed > 0 && <StorageError key={saveFailed} message={POST_FAILED} />}
      <div className="comment-buttons">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
