/**
 * Guarded versions of the built-ins that throw on what a feed may send: a lone surrogate, a bare
 * `%`, a URL that does not parse. Nothing read from a feed reaches the built-ins without them.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate replaced by U+FFFD, so it can be encoded. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `encodeURIComponent` that never throws. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** `decodeURIComponent`, or the text as it was when it holds a malformed escape (`50%off`). */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The parsed URL, or undefined when it does not parse. */
export function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * The address a feed, a picture, a sound or a video is asked for at: an `http:` one on another
 * site over https. The page's policy reads and loads from other sites over https only
 * (src/config/csp.ts), as a page served over https must, which would refuse it outright; most
 * sites serve the same file there. The page's own origin is left as it is.
 */
export function overHttps(href: string): string {
  if (!href.startsWith('http:')) return href;
  const url = parseUrl(href);
  if (!url || url.origin === globalThis.location?.origin) return href;
  url.protocol = 'https:';
  return url.href;
}
