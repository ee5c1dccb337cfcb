import { queryOptions, skipToken } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/http';
import { commentKeys } from './comment-keys';

const STALE_TIME = 5 * 60 * 1000;

/**
 * The article's existing comments (read-only); nothing to read when it has no comments URL.
 * The parser (and valibot) loads with the first fetch, so the comment count on list pages,
 * which only reads this cache, stays small.
 */
export function commentsQuery(commentsUrl: string | undefined) {
  return queryOptions({
    queryKey: commentKeys.existing(commentsUrl),
    queryFn: commentsUrl
      ? async ({ signal }) => {
          const [data, { parseComments }] = await Promise.all([
            fetchJson(commentsUrl, signal),
            import('./parse-comments'),
          ]);
          return parseComments(data);
        }
      : skipToken,
    staleTime: STALE_TIME,
  });
}
