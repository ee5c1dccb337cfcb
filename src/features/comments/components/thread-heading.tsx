import { useThreadCount } from '../hooks/use-thread-index';
import { commentCountText } from '../utils/count-text';

/**
 * The section's name: its own component, so a new comment re-renders the count alone. `more`
 * counts comments that are on the publisher's site only; while the count is not `known`, none
 * here is not "No comments".
 */
export function ThreadHeading({
  id,
  more = 0,
  known = true,
}: {
  id: string;
  more?: number;
  known?: boolean;
}) {
  const count = useThreadCount() + more;
  return (
    <h2 id={id} className="comments-heading" tabIndex={-1}>
      {count > 0 || known ? commentCountText(count) : 'Comments'}
    </h2>
  );
}
