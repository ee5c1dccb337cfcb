import { useRef } from 'react';
import type { MouseEvent } from 'react';
import { firstAfter, reveal } from '../../../components/reveal';
import { plural } from '../../../lib/plural';
import { useThread } from '../hooks/thread-context';
import { useCountedComments } from '../store/comment-counts';
import { isAfter, newLocalCount } from '../store/local-count';

const HIGHLIGHT = 'comment-highlight';

/** "3 new comments" and a button that visits them one by one, in reading order. */
export function NewComments() {
  const { threadKey, existing, since } = useThread();
  const local = useCountedComments((state) =>
    newLocalCount(state.comments, state.arrived, threadKey, since),
  );
  const fromFeed = since
    ? (existing?.filter((comment) => isAfter(comment.createdAt, since)).length ?? 0)
    : 0;
  const last = useRef<Element>(null);
  const count = fromFeed + local;
  if (count === 0) return null;

  const next = (event: MouseEvent<HTMLButtonElement>) => {
    const thread = event.currentTarget.closest('section') ?? document;
    const found = [...thread.querySelectorAll<HTMLElement>('[data-comment-new]')];
    // After the last one visited, then round to the first again.
    const target = (last.current?.isConnected && firstAfter(found, last.current)) || found[0];
    if (!target) return;
    last.current = target;
    for (const element of document.querySelectorAll(`.${HIGHLIGHT}`)) {
      if (element !== target) element.classList.remove(HIGHLIGHT);
    }
    target.classList.add(HIGHLIGHT);
    reveal(target, target, 'start');
  };

  return (
    <p className="comments-new">
      {plural(count, { one: '# new comment', other: '# new comments' })}{' '}
      <button type="button" className="button button-small" onClick={next}>
        Next new comment
      </button>
    </p>
  );
}
