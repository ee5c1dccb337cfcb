import { detectFormat } from '../../../lib/document-format';
import { LoadError, parseJson } from '../../../lib/http';
import type { ExistingComment } from '../types';
import { parseComments } from './parse-comments';

/**
 * A comments document (JSON) or a comment feed (RSS, Atom), told apart by what it is; a feed's
 * relative links are read against its address.
 */
export async function readComments(text: string, url?: string): Promise<ExistingComment[]> {
  const format = detectFormat(text);
  if (format === 'rss' || format === 'rdf' || format === 'atom') {
    const { parseCommentFeedWithEntities } = await import('./comment-feed');
    return parseCommentFeedWithEntities(text, format, url);
  }
  if (format !== 'json') {
    throw new LoadError('format', 'The comments could not be read: this is not a comment feed.');
  }
  return parseComments(parseJson(text));
}
