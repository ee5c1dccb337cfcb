import { useState } from 'react';
import { plural } from '../../../lib/plural';
import { postedHere } from '../store/comment-actions';

/**
 * Long threads open a page at a time, as forums do, so a 2,000-comment thread does not put
 * 2,000 comments in the page at once. What the reader posted in this tab is always shown.
 */
export function useShownIds(ids: readonly string[], pageSize: number) {
  const [limit, setLimit] = useState(pageSize);
  const shown = ids.filter((id, index) => index < limit || postedHere.has(id));
  const hidden = ids.length - shown.length;
  return { shown, next: Math.min(hidden, pageSize), showMore: () => setLimit(limit + pageSize) };
}

/** The replies the reader posted in this tab: shown even past the deepest indented level. */
export function postedIn(ids: readonly string[]): string[] {
  return ids.filter((id) => postedHere.has(id));
}

/** "Show 30 more comments": the count is how many the press will add. */
export function ShowMoreButton({
  next,
  onClick,
  forms,
}: {
  next: number;
  onClick: () => void;
  forms: { one: string; other: string };
}) {
  if (next <= 0) return null;
  return (
    <p className="comment-more">
      <button type="button" className="comment-action" onClick={onClick}>
        {plural(next, forms)}
      </button>
    </p>
  );
}
