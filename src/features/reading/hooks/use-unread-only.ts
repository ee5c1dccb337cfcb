import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { articleKey } from '../../../lib/article-ref';
import { own } from '../../../lib/own';
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
 * With "Unread only" on, a list filter that hides the articles read before the list was shown;
 * otherwise none. Those read since stay, marked read, so that the one just read is still there
 * to go on from; "Mark all as read" hides what it marks. Only with the filter on does the page
 * subscribe to the read marks.
 */
export function useUnreadFilter(feedUrl: string): ((item: ListedItem) => boolean) | undefined {
  const [unreadOnly] = useUnreadOnly();
  const since = useListedSince(unreadOnly);
  const marks = useReadingStore((state) => (unreadOnly ? state.read : undefined));
  const sessions = useReadingStore((state) => (unreadOnly ? state.sessions : undefined));
  return useMemo(
    () =>
      marks && sessions
        ? (item: ListedItem) => {
            const origin = item.origin?.feedUrl ?? feedUrl;
            const read = own(marks, articleKey({ feedUrl: origin, id: item.id }));
            // "Mark all as read" moves the feed's session on to when it marked them.
            const markedAll = own(sessions, origin)?.since ?? '';
            return read === undefined || (read > since && read > markedAll);
          }
        : undefined,
    [feedUrl, marks, sessions, since],
  );
}

/** When each history entry's list was first shown with the filter on, by its key. */
const listedSince = new Map<string, string>();

/**
 * When this history entry's list was first shown with the filter on, kept for Back; turning
 * the filter on replaces the entry, and a reload is a new visit, so both start anew.
 */
function useListedSince(on: boolean): string {
  const { key } = useLocation();
  return useMemo(() => {
    const since = listedSince.get(key) ?? new Date().toISOString();
    if (on) listedSince.set(key, since);
    return since;
  }, [key, on]);
}
