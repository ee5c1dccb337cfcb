import { useEffect, useRef, useState } from 'react';
import { restoreComment } from '../store/comment-actions';
import type { Comment } from '../types';
import { CHANGE_FAILED, StorageError } from './storage-error';

const UNDO_MS = 8000;

interface UndoDeleteProps {
  /** The comment as it was before its deletion, or undefined when there is nothing to undo. */
  deleted: Comment | undefined;
  onDone: () => void;
}

/**
 * "Comment deleted" with Undo for a few seconds. It waits while it has focus, so a keyboard
 * user who reached the button is not cut off.
 */
export function UndoDelete({ deleted, onDone }: UndoDeleteProps) {
  const region = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [failedId, setFailedId] = useState<string>();

  useEffect(() => {
    if (!deleted) return;
    button.current?.focus();
    const finish = () => {
      if (region.current?.contains(document.activeElement)) return;
      onDone();
    };
    const timer = window.setTimeout(() => {
      finish();
      region.current?.addEventListener('focusout', finish);
    }, UNDO_MS);
    const element = region.current;
    return () => {
      window.clearTimeout(timer);
      element?.removeEventListener('focusout', finish);
    };
  }, [deleted, onDone]);

  const undo = () => {
    if (!deleted) return;
    const restored = restoreComment(deleted);
    setFailedId(restored ? undefined : deleted.id);
    if (!restored) return;
    onDone();
    // After React has put the comment back.
    window.setTimeout(() => document.getElementById(`comment-${deleted.id}`)?.focus());
  };

  // Only the words are the status: a screen reader says "Comment deleted", not the button too.
  return (
    <div ref={region} className="comment-undo" data-open={deleted ? '' : undefined}>
      <span role="status">
        {/* Another comment deleted while the first is still said: said again. */}
        {deleted && <span key={deleted.id}>Comment deleted</span>}
      </span>
      {deleted && (
        <>
          <button ref={button} type="button" className="button" onClick={undo}>
            Undo
          </button>
          {failedId === deleted.id && <StorageError message={CHANGE_FAILED} />}
        </>
      )}
    </div>
  );
}
