import { useThreadCount } from '../hooks/use-thread-index';
import { commentCountText } from '../utils/count-text';

/** The section's name: its own component, so a new comment re-renders the count alone. */
export function ThreadHeading({ id }: { id: string }) {
  const count = useThreadCount();
  return (
    <h2 id={id} className="comments-heading" tabIndex={-1}>
      {commentCountText(count)}
    </h2>
  );
}
