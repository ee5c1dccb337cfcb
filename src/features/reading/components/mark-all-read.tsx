import { useRef, useState } from 'react';
import type { ArticleRef } from '../../../lib/article-ref';
import { plural } from '../../../lib/plural';
import { useReadingStore } from '../store/reading-store';
import type { MarkedAll } from '../store/reading-store';

interface MarkAllReadProps {
  /** Every article loaded so far (of one feed or several), read when the button is pressed. */
  articles: () => readonly ArticleRef[];
}

/**
 * "Mark all as read": every loaded article, and "New" clears on each of their feeds. "Undo"
 * takes it back until the page is left or the button is pressed again.
 */
export function MarkAllRead({ articles }: MarkAllReadProps) {
  const markAllRead = useReadingStore((state) => state.markAllRead);
  const undoMarkAll = useReadingStore((state) => state.undoMarkAll);
  const [status, setStatus] = useState('');
  const [marked, setMarked] = useState<MarkedAll>();
  const button = useRef<HTMLButtonElement>(null);
  const markAll = () => {
    const done = markAllRead(articles());
    setMarked(done);
    // Counts what this press changed: the articles already read were read before it.
    setStatus(
      done.keys.length === 0
        ? 'Every loaded article was already read.'
        : plural(done.keys.length, {
            one: '# article marked as read.',
            other: '# articles marked as read.',
          }),
    );
  };
  const undo = () => {
    if (!marked) return;
    undoMarkAll(marked);
    setMarked(undefined);
    setStatus(
      plural(marked.keys.length, {
        one: '# article unread again.',
        other: '# articles unread again.',
      }),
    );
    // The Undo button goes: focus moves back to the button beside it.
    button.current?.focus();
  };
  return (
    <div className="mark-all-read">
      <button ref={button} type="button" className="button button-small" onClick={markAll}>
        Mark all as read
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
      {marked && (
        <>
          {' '}
          <button type="button" className="button button-small" onClick={undo}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
