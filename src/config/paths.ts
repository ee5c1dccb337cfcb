import { decodeComponent, encodeComponent } from '../lib/safe';

/**
 * Every in-app link is built here, so a non-default feed (`?feed=`) travels on all of them.
 */
export function withFeed(path: string, feedParam: string | null): string {
  if (!feedParam) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}feed=${encodeURIComponent(feedParam)}`;
}

/** The `?feed=` value that names a feed: its path when it is on this site, else its address. */
export function feedParamOf(feedUrl: string): string {
  try {
    const url = new URL(feedUrl);
    if (url.origin === globalThis.location?.origin) return url.pathname + url.search;
  } catch {
    // Not a URL: named as written.
  }
  return feedUrl;
}

/**
 * The value in `/<prefix>/<segment>`, decoded exactly once. React Router's own params cannot be
 * used for ids and tags: it turns a `%2F` left after decoding into `/`, so an id holding a
 * literal `%2F` (`…/x%2Fy`) would name another article.
 */
function segmentOf(pathname: string, prefix: string): string | undefined {
  // Routes match without regard to case, as React Router's do.
  if (pathname.slice(0, prefix.length).toLowerCase() !== prefix) return undefined;
  const segment = pathname.slice(prefix.length).replace(/\/$/, '');
  return segment && !segment.includes('/') ? decodeComponent(segment) : undefined;
}

/** The article id an address names, or undefined when it names no article. */
export const articleIdOf = (pathname: string) => segmentOf(pathname, '/articles/');

/** The folder an address names, or undefined when it names none. */
export const folderOf = (pathname: string) => segmentOf(pathname, '/folders/');

/** The tag an address names, or undefined when it names no tag. */
export const tagOf = (pathname: string) => segmentOf(pathname, '/tags/');

export const paths = {
  home: () => '/',
  /** A feed's own page: its list, as the front page shows all of them. */
  feed: (feedUrl: string) => withFeed('/', feedParamOf(feedUrl)),
  subscriptions: () => '/subscriptions',
  folder: (name: string) => `/folders/${encodeComponent(name)}`,
  tag: (tag: string) => `/tags/${encodeComponent(tag)}`,
  article: (id: string) => `/articles/${encodeComponent(id)}`,
  saved: () => '/saved',
  search: (query?: string) => (query ? `/search?q=${encodeComponent(query)}` : '/search'),
  archive: (year?: number, month?: number) =>
    year && month ? `/archive/${year}/${String(month).padStart(2, '0')}` : '/archive',
  settings: () => '/settings',
};
