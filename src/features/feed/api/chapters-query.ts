import { queryOptions, skipToken } from '@tanstack/react-query';
import { fetchText } from '../../../lib/http';

/** Chapters are written once, when the episode is published. */
const STALE_TIME = 24 * 60 * 60 * 1000;

/**
 * An episode's chapters from the JSON document its feed names (Podcasting 2.0), read when the
 * episode is opened and kept with the rest of the cache, so they are there offline too. The
 * code that reads them loads beside the document.
 */
export function chaptersQuery(chaptersUrl: string | undefined) {
  return queryOptions({
    queryKey: ['chapters', chaptersUrl] as const,
    queryFn: chaptersUrl
      ? async ({ signal }) => {
          const [text, { readChapters }] = await Promise.all([
            fetchText(chaptersUrl, signal),
            import('./read-chapters'),
          ]);
          return readChapters(text, chaptersUrl);
        }
      : skipToken,
    staleTime: STALE_TIME,
  });
}
