import { useState } from 'react';
import { plural } from '../../../lib/plural';
import { useReadingStore } from '../store/reading-store';

interface MarkAllReadProps {
  feedUrl: string;
  /** The ids of every article loaded so far, read when the button is pressed. */
  articleIds: () => readonly string[];
}

/** "Mark all as read": every loaded article of the feed, and "New" clears. */
export function MarkAllRead({ feedUrl, articleIds }: MarkAllReadProps) {
  const markAllRead = useReadingStore((state) => state.markAllRead);
  const [status, setStatus] = useState('');
  const markAll = () => {
    const ids = articleIds();
    markAllRead(feedUrl, ids);
    setStatus(
      plural(ids.length, { one: '# article marked as read.', other: '# articles marked as read.' }),
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
