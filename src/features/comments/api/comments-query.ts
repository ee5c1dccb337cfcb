import { queryOptions, skipToken } from '@tanstack/react-query';
import { detectFormat } from '../../../lib/document-format';
import { fetchText, LoadError, parseJson } from '../../../lib/http';
import type { ExistingComment } from '../types';
import { commentKeys } from './comment-keys';

const STALE_TIME = 5 * 60 * 1000;

/**
 * The article's existing comments (read-only): a JSON comments document, or the article's
 * comment feed (RSS or Atom). Each parser loads with the first fetch, so the comment count on
 * list pages, which only reads this cache, stays small.
 */
export function commentsQuery(commentsUrl: string | undefined) {
  return queryOptions({
    queryKey: commentKeys.existing(commentsUrl),
    queryFn: commentsUrl ? ({ signal }) => fetchComments(commentsUrl, signal) : skipToken,
    staleTime: STALE_TIME,
  });
}

async function fetchComments(url: string, signal: AbortSignal): Promise<ExistingComment[]> {
  const text = await fetchText(url, signal);
  const format = detectFormat(text);
  if (format === 'rss' || format === 'rdf' || format === 'atom') {
    const { parseCommentFeed } = await import('./comment-feed');
    return parseCommentFeed(text, format);
  }
  if (format !== 'json') {
    throw new LoadError('format', 'The comments could not be read: this is not a comment feed.');
  }
  const { parseComments } = await import('./parse-comments');
  return parseComments(parseJson(text));
}
