import { useIsRead, useReadingStore } from '../store/reading-store';

interface ReadToggleProps {
  feedUrl: string;
  id: string;
}

const LABELS = ['Mark as unread', 'Mark as read'] as const;

/**
 * "Mark as unread" on an article (opening it marked it read), to come back to it later; and
 * "Mark as read" once it is unread again. The other label is laid out too, unseen, so that the
 * button keeps its width and nothing beside it moves when it changes.
 */
export function ReadToggle({ feedUrl, id }: ReadToggleProps) {
  const read = useIsRead(feedUrl, id);
  const toggleRead = useReadingStore((state) => state.toggleRead);
  return (
    <button type="button" className="button read-toggle" onClick={() => toggleRead(feedUrl, id)}>
      <span>{read ? LABELS[0] : LABELS[1]}</span>
      <span aria-hidden="true">{read ? LABELS[1] : LABELS[0]}</span>
    </button>
  );
}
