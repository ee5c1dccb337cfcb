import { parseUrl } from './safe';

/**
 * One key for the ways one feed's address is written: over http or https, with a trailing
 * slash or not, its host in capitals or not (URL writes it small), with a fragment or not.
 * A module of its own: the pages that subscribe need it without the OPML code, and feeds' own
 * word that they have moved is read against it.
 */
export function addressKey(url: string): string {
  const parsed = parseUrl(url);
  return parsed ? `${parsed.host}${parsed.pathname.replace(/\/$/, '')}${parsed.search}` : url;
}

/** The address of a feed as a reader reads it: without its scheme. */
export const addressText = (url: string) => url.replace(/^https?:\/\//, '');
