import { useId, useState } from 'react';
import { useOwnRootIds, useRootIds } from '../hooks/use-thread-index';
import type { SortOrder } from '../tree/thread-selectors';
import { CommentItem } from './comment-item';
import { ShowMoreButton, useShownIds } from './show-more';

/** Top-level comments shown at first, and added by each "Show more comments". */
const ROOT_PAGE = 20;

const ORDERS: { value: SortOrder; label: string }[] = [
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
  { value: 'replies', label: 'Most replies' },
];

/** The whole thread: top-level comments in the chosen order, replies oldest first below. */
export function CommentList() {
  const [order, setOrder] = useState<SortOrder>('oldest');
  const roots = useRootIds(order);
  // The reader's own comments too, wherever they sort: in a long thread, after a reload, one
  // would otherwise be behind "Show more".
  const { shown, next, showMore } = useShownIds(roots, ROOT_PAGE, useOwnRootIds());
  const id = useId();
  return (
    <>
      {roots.length > 1 && (
        <p className="comment-sort">
          <label htmlFor={id}>Sort comments</label>{' '}
          <select
            id={id}
            value={order}
            onChange={(event) => setOrder(event.target.value as SortOrder)}
          >
            {ORDERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </p>
      )}
      <div className="comment-list">
        {shown.map((root) => (
          <CommentItem key={root} id={root} depth={0} />
        ))}
      </div>
      <ShowMoreButton
        next={next}
        onClick={showMore}
        forms={{ one: 'Show # more comment', other: 'Show # more comments' }}
      />
    </>
  );
}
