import { useThreadCount } from '../hooks/use-thread-index';
import { commentCountText } from '../utils/count-text';

/**
 * The section's name: its own component, so a new comment re-renders the count alone. `more`
 * counts comments that are on the publisher's site only.
 */
export function ThreadHeading({ id, more = 0 }: { id: string; more?: number }) {
  const count = useThreadCount() + more;
  return (
    <h2 id={id} className="comments-heading" tabIndex={-1}>
      {commentCountText(count)}
    </h2>
  );
}
