import { useThread } from '../hooks/thread-context';
import { useCommentStore } from '../store/comment-store';
import { threadReadingMinutes } from '../tree/thread-reading';

/** "3 min to read the comments", under the heading while at least one comment is shown. */
export function ThreadReadingTime() {
  const { threadKey, existing } = useThread();
  const minutes = useCommentStore((state) =>
    threadReadingMinutes(state.comments, threadKey, existing),
  );
  if (minutes === 0) return null;
  return <p className="comments-reading-time muted">{minutes} min to read the comments</p>;
}
