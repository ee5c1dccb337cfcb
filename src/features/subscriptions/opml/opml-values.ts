import { parseUrl } from '../../../lib/safe';

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
 * and "podcast:") as the address it wraps. An ampersand escaped twice (RSS Guard's
 * "?format=feed&amp;amp;type=atom") is the one it stands for, not a parameter named "amp;type".
 */
export function feedAddress(value: string): string | undefined {
  let url = unwrappedFeedLink(value.trim().replace(/&amp;/gi, '&'));
  if (FILE_ONLY.test(url)) return undefined;
  if (url.startsWith('//')) url = `https:${url}`;
  else if (HOST_FIRST.test(url)) url = `https://${url}`;
  return webAddress(url);
}

/** Pages, and lists of outlines, whatever else their address says ("rss_info.htm", "rss.asp"). */
const NOT_FEED_FILE = /\.(?:s?html?|asp|jsp|jhtml|opml)$/i;
/** Files that are feeds by their kind: "posts.rss", "index.rdf", "news.atom", "news.feed". */
const FEED_FILE = /\.(?:rss|rdf|atom|feed)$/i;
/** Files that are feeds where their path or host says so: "rss.xml", "/rssxml/reviews.xml". */
const DATA_FILE = /\.(?:xml|json|php|aspx|cgi)$/i;
const FEED_WORD = /rss|atom|rdf|feed(?!back)/i;
/** WordPress's "?feed=rss2", Squarespace's "?format=rss", Blogger's "?alt=rss", Joomla's too. */
const FEED_QUERY = /[?&](?:feed|format|alt|output|type|mode)=(?:rss|atom|rdf|feed)/i;
/** Hosts that serve feeds only: "feeds.feedburner.com", "rss.art19.com". */
const FEED_HOST = /^(?:feeds?|rss)\d*\.[^.]+\.[^.]/i;

/**
 * Whether an address given other than as an `xmlUrl` names a feed. A link is one only where
 * its address plainly says so, since nothing is fetched to check: by its file ("rss.xml",
 * "mnnfeed.xml", "posts.rss"), a "/feed" or a "/feeds/" folder, its query, or a host that serves
 * feeds only. "/rss" alone is not enough: as often it is a site's page about its feeds, or the
 * RSS specification itself. An outline that says it is a feed (`type="rss"`) but writes its
 * address in `htmlUrl` needs less: a word of a feed anywhere in it ("/videos/rss", "?rss=news")
 * or a data file ("news.xml").
 */
export function namesFeed(value: string, feedOutline = false): boolean {
  // A feed link's own schemes ("feed://", a podcast app's "itpc://") name nothing but a feed.
  if (/^(?:feed|itpc|pcast|podcast):/i.test(value.trim())) return true;
  const url = parseUrl(feedAddress(value) ?? '');
  if (!url) return false;
  const { hostname, pathname, search } = url;
  const segments = pathname.split('/').filter(Boolean);
  const file = segments.pop() ?? '';
  if (NOT_FEED_FILE.test(file)) return false;
  if (feedOutline && (FEED_WORD.test(pathname + search) || /\.(?:xml|json)$/i.test(file))) {
    return true;
  }
  const host = hostname.split('.')[0] ?? '';
  return (
    FEED_FILE.test(file) ||
    (DATA_FILE.test(file) &&
      (FEED_WORD.test(pathname) || FEED_WORD.test(host) || /^index\.xml$/i.test(file))) ||
    /^feed$/i.test(file) ||
    segments.some((folder) => /^feeds?$/i.test(folder)) ||
    FEED_QUERY.test(search) ||
    (FEED_HOST.test(hostname) && file !== '')
  );
}
