import { useState } from 'react';
import { plural } from '../../../lib/plural';
import { useShownOrPosted } from '../hooks/use-posted-here';

/**
 * Long threads open a page at a time, as forums do, so a 2,000-comment thread does not put
 * 2,000 comments in the page at once. What the reader posted in this tab is always shown, as
 * are those of `always`.
 */
export function useShownIds(ids: readonly string[], pageSize: number, always?: readonly string[]) {
  const [limit, setLimit] = useState(pageSize);
  const shown = useShownOrPosted(ids, limit, always);
  const hidden = ids.length - shown.length;
  return { shown, next: Math.min(hidden, pageSize), showMore: () => setLimit(limit + pageSize) };
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
