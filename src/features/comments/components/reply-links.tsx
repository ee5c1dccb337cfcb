import { useSearchParams } from 'react-router';
import { Link } from '../../../components/link';
import { plural } from '../../../lib/plural';
import { useReplyCount } from '../hooks/use-thread-index';

/** Shown in place of a collapsed sub-thread. */
export function HiddenReplies({ id }: { id: string }) {
  const count = useReplyCount(id);
  return (
    <p className="comment-hidden-count">
      {plural(count, { one: '# reply hidden', other: '# replies hidden' })}
    </p>
  );
}

/** Past the indent cap, a sub-thread opens on its own (`?thread=<id>`), other params kept. */
export function ContinueThreadLink({ id }: { id: string }) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set('thread', id);
  return (
    <p className="comment-continue">
      <Link to={{ search: `?${next.toString()}`, hash: `#comment-${id}` }}>
        Continue this thread
      </Link>
    </p>
  );
}

/** Leaves the sub-thread view for the whole thread, back at the comment it showed. */
export function BackToAllLink({ id }: { id: string }) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.delete('thread');
  const search = next.toString();
  return (
    <p className="comment-back">
      <Link to={{ search: search ? `?${search}` : '', hash: `#comment-${id}` }}>
        Back to all comments
      </Link>
    </p>
  );
}
