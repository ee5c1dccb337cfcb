import { useIsShown } from '../hooks/use-thread-index';
import { CommentItem } from './comment-item';
import { BackToAllLink } from './reply-links';

/** `?thread=<id>`: one sub-thread on its own, that comment as its root. */
export function FocusedThread({ id, loading }: { id: string; loading: boolean }) {
  const shown = useIsShown(id);
  return (
    <>
      <BackToAllLink id={id} />
      {shown ? (
        <div className="comment-list">
          <CommentItem id={id} depth={0} />
        </div>
      ) : (
        !loading && <p className="notice">That comment is not in this thread any more.</p>
      )}
    </>
  );
}
