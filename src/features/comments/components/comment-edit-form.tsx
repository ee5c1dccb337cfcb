import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { own } from '../../../lib/own';
import { useThread } from '../hooks/thread-context';
import { editComment } from '../store/comment-actions';
import { useCommentStore } from '../store/comment-store';
import { keepInCommentBox } from '../store/draft-store';
import type { Comment } from '../types';
import { validateText } from '../utils/validate';
import { CHANGE_FAILED, StorageError } from './storage-error';
import { TextCounter, counted } from './text-counter';

/** Edits the text of one of the reader's own comments in place. */
export function CommentEditForm({ comment, onClose }: { comment: Comment; onClose: () => void }) {
  // The edit buffer is momentary UI: it starts from the saved text and is thrown away on Cancel.
  const [text, setText] = useState(comment.text);
  // The text as the form opened: saved unchanged, it would undo an edit made in another tab since.
  const [opened] = useState(comment.text);
  const [error, setError] = useState<string>();
  // Failures in a row: each one is said anew (Post pressed again while storage is still full).
  const [saveFailed, setSaveFailed] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const { threadKey, announce } = useThread();

  useEffect(() => {
    ref.current?.focus();
  }, []);

  // Deleted in another tab while being edited, the comment leaves the thread and this form
  // with it: the text written here moves to the thread's comment box, so none of it is lost.
  useEffect(
    () =>
      useCommentStore.subscribe(({ comments }) => {
        const now = own(comments, comment.id);
        const written = ref.current?.value.trim();
        if ((now && !now.deleted) || !written || written === comment.text) return;
        keepInCommentBox(threadKey, written);
        announce(
          'The comment being edited was deleted in another tab. Its new text is in the comment box.',
        );
      }),
    [comment.id, comment.text, threadKey, announce],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    const problem = validateText(body);
    setError(problem);
    if (problem) {
      ref.current?.focus();
      return;
    }
    const saved = body === opened || editComment(comment, body);
    setSaveFailed((failures) => (saved ? 0 : failures + 1));
    if (!saved) return;
    announce('Comment saved');
    onClose();
  };

  return (
    <form
      className="comment-form comment-edit-form"
      onSubmit={submit}
      // Escape is Cancel: the saved text stays as it was.
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      noValidate
    >
      <div className="comment-field">
        <label htmlFor={`${id}-text`}>Edit comment</label>
        <textarea
          ref={ref}
          id={`${id}-text`}
          dir="auto"
          rows={4}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error && `${id}-error`, counted(text) && `${id}-counter`].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <TextCounter id={`${id}-counter`} text={text} />
      </div>
      {saveFailed > 0 && <StorageError key={saveFailed} message={CHANGE_FAILED} />}
      <div className="comment-buttons">
        <button type="submit" className="button">
          Save
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
