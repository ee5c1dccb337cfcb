import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { articleKey } from '../../../lib/article-ref';
import { useReadingStore } from '../store/reading-store';

/** "Unread only" lives in the URL (`?unread=1`), beside `?feed=` and any other parameter. */
export function useUnreadOnly(): [boolean, (on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const setUnreadOnly = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('unread', '1');
        else next.delete('unread');
        return next;
      },
      { replace: true },
    );
  return [params.get('unread') === '1', setUnreadOnly];
}

/**
 * With "Unread only" on, a list filter that hides the feed's read articles; otherwise none.
 * Only then does the page subscribe to the feed's read marks.
 */
export function useUnreadFilter(feedUrl: string): ((item: { id: string }) => boolean) | undefined {
  const [unreadOnly] = useUnreadOnly();
  const marks = useReadingStore((state) => (unreadOnly ? state.read : undefined));
  return useMemo(
    () =>
      marks
        ? (item: { id: string }) => !Object.hasOwn(marks, articleKey({ feedUrl, id: item.id }))
        : undefined,
    [feedUrl, marks],
  );
}
