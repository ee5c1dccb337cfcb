import { queryOptions, skipToken } from '@tanstack/react-query';
import { fetchText } from '../../../lib/http';
import { commentKeys } from './comment-keys';

const STALE_TIME = 5 * 60 * 1000;

/**
 * The article's existing comments (read-only): a JSON comments document, or the article's
 * comment feed (RSS or Atom). The code that reads them loads with the first fetch, so the
 * comment count on list pages, which only reads this cache, stays small.
 */
export function commentsQuery(commentsUrl: string | undefined) {
  return queryOptions({
    queryKey: commentKeys.existing(commentsUrl),
    queryFn: commentsUrl
      ? async ({ signal }) => {
          const [text, { readComments }] = await Promise.all([
            fetchText(commentsUrl, signal),
            import('./read-comments'),
          ]);
          return readComments(text, commentsUrl);
        }
      : skipToken,
    staleTime: STALE_TIME,
  });
}
