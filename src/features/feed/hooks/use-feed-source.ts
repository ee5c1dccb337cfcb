import { useSearchParams } from 'react-router';
import { DEFAULT_FEED_URL } from '../../../config/env';
import { withFeed } from '../../../config/paths';
import { absoluteUrl } from '../../../lib/http';

export interface FeedSource {
  /** The `?feed=` value as given, or null for the bundled feed. */
  feedParam: string | null;
  /** Absolute URL of the feed's first page; the key of everything cached for it. */
  feedUrl: string;
  /** An in-app path that keeps reading the same feed. */
  link: (path: string) => string;
}

export function resolveFeedUrl(feedParam: string | null): string {
  try {
    return absoluteUrl(feedParam || DEFAULT_FEED_URL);
  } catch {
    return feedParam ?? DEFAULT_FEED_URL;
  }
}

/** Which feed is being read: the bundled one, or any JSON Feed named by `?feed=`. */
export function useFeedSource(): FeedSource {
  const [params] = useSearchParams();
  const feedParam = params.get('feed') || null;
  return {
    feedParam,
    feedUrl: resolveFeedUrl(feedParam),
    link: (path) => withFeed(path, feedParam),
  };
}
