import { useState } from 'react';
import type { ArticleRef } from '../../../lib/article-ref';
import { plural } from '../../../lib/plural';
import { useReadingStore } from '../store/reading-store';

interface MarkAllReadProps {
  /** Every article loaded so far (of one feed or several), read when the button is pressed. */
  articles: () => readonly ArticleRef[];
}

/** "Mark all as read": every loaded article, and "New" clears on each of their feeds. */
export function MarkAllRead({ articles }: MarkAllReadProps) {
  const markAllRead = useReadingStore((state) => state.markAllRead);
  const [status, setStatus] = useState('');
  const markAll = () => {
    const refs = articles();
    markAllRead(refs);
    setStatus(
      plural(refs.length, {
        one: '# article marked as read.',
        other: '# articles marked as read.',
      }),
    );
  };
  return (
    <div className="mark-all-read">
      <button type="button" className="button button-small" onClick={markAll}>
        Mark all as read
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
