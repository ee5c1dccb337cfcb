import { absoluteUrl } from '../lib/http';
import { DEFAULT_FEED_URL } from './env';

/** Which feed an address reads. */
export interface FeedLocation {
  /** The `?feed=` value as given, or null for the bundled feed. */
  feedParam: string | null;
  /** Absolute URL of the feed's first page; the key of everything cached for it. */
  feedUrl: string;
}

/**
 * Which feed the address with this query string (`location.search`, with or without its `?`)
 * reads: the one `?feed=` names, or the bundled feed when it is missing or empty. The only
 * answer to that question in the app; public/boot.js keeps the same rule for `feedParam`
 * (tests/app/boot-script.test.ts checks that they agree).
 */
export function feedFromLocation(search: string): FeedLocation {
  const feedParam = new URLSearchParams(search).get('feed') || null;
  const wanted = feedParam ?? DEFAULT_FEED_URL;
  let feedUrl = wanted;
  try {
    feedUrl = absoluteUrl(wanted);
  } catch {
    // Not a URL even against the page: kept as written, so its request fails with a message.
  }
  return { feedParam, feedUrl };
}
