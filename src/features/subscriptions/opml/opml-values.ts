// Control characters, lone surrogates and the two non-characters XML 1.0 cannot carry: one of
// them in a title would spoil the whole export.
const NOT_XML = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/**
 * A title or folder name as an OPML attribute keeps it: without characters XML cannot hold,
 * each run of white space (line breaks and tabs too, as XML reads them in an attribute) one
 * space, none at either end.
 * Import and export both apply it, so a name comes back from its own export unchanged.
 */
export function cleanText(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\t\n\r]/g, ' ')
    .replace(NOT_XML, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An absolute http(s) URL, normalised, or undefined for anything else. */
export function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const HOST_FIRST = /^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/;
/** A file's name alone ("atom.xml", "index.rss"): a path with nothing to resolve it against. */
const FILE_ONLY = /^[\w-]+\.(?:xml|rss|atom|rdf|json|php|cgi|aspx?|html?)$/i;

/**
 * The address a feed link wraps: "feed://host/rss" (http), "feed:https://host/rss", podcast
 * apps' "itpc://", "pcast://" and "podcast://", and a browser's "view-source:" (NewsBlur kept
 * one as a feed's address).
 */
export function unwrappedFeedLink(value: string): string {
  return value
    .replace(/^view-source:/i, '')
    .replace(/^(?:feed|itpc|pcast|podcast):(\/\/)?/i, (_, slashes?: string) =>
      slashes ? 'http://' : '',
    );
}

/**
 * An outline's `xmlUrl` as an absolute http(s) URL. Files have no address of their own to
 * resolve against, so the forms that need one are read as browsers would: "//host/feed" and a
 * bare "host/feed" as https, and the old "feed:" scheme (and podcast apps' "itpc:", "pcast:"
 * and "podcast:") as the address it wraps.
 */
export function feedAddress(value: string): string | undefined {
  let url = unwrappedFeedLink(value.trim());
  if (FILE_ONLY.test(url)) return undefined;
  if (url.startsWith('//')) url = `https:${url}`;
  else if (HOST_FIRST.test(url)) url = `https://${url}`;
  return webAddress(url);
}
