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

/** A listed article: of the list's feed, or of the feed its `origin` names. */
interface ListedItem {
  id: string;
  origin?: { feedUrl: string };
}

/**
 * With "Unread only" on, a list filter that hides read articles; otherwise none. Only then does
 * the page subscribe to the read marks.
 */
export function useUnreadFilter(feedUrl: string): ((item: ListedItem) => boolean) | undefined {
  const [unreadOnly] = useUnreadOnly();
  const marks = useReadingStore((state) => (unreadOnly ? state.read : undefined));
  return useMemo(
    () =>
      marks
        ? (item: ListedItem) =>
            !Object.hasOwn(
              marks,
              articleKey({ feedUrl: item.origin?.feedUrl ?? feedUrl, id: item.id }),
            )
        : undefined,
    [feedUrl, marks],
  );
}
