import { useLocation } from 'react-router';
import { feedFromLocation } from '../../../config/feed-location';
import type { FeedLocation } from '../../../config/feed-location';
import { withFeed } from '../../../config/paths';

export interface FeedSource extends FeedLocation {
  /** An in-app path that keeps reading the same feed. */
  link: (path: string) => string;
}

/** Which feed is being read: the bundled one, or any JSON Feed named by `?feed=`. */
export function useFeedSource(): FeedSource {
  const { feedParam, feedUrl } = feedFromLocation(useLocation().search);
  return { feedParam, feedUrl, link: (path) => withFeed(path, feedParam) };
}
