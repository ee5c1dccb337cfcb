import { LoadError } from '../../../../lib/http';

/** Larger documents are refused with a message instead of hanging the tab. */
export const MAX_DOCUMENT_LENGTH = 20 * 1024 * 1024;

export function tooLarge(): LoadError {
  return new LoadError('format', 'This feed is over 20 MB: too large to read here.');
}

export function notAFeed(): LoadError {
  return new LoadError('format', 'This is not a feed: Broadsheet reads JSON Feed, RSS and Atom.');
}
