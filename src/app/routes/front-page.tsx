import { lazyComponent } from '../../components/lazy-component';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';

// A tab opened on either loads it before its first render (preloadPage), beside the feeds'
// first requests.
/** Every subscription's articles together. */
export const RiverPage = lazyComponent(() => import('../river/river-page'), 'RiverPage');
/** One feed's own page. */
export const FeedPage = lazyComponent(() => import('./feed-page'), 'FeedPage');

/** `/`: every subscription's articles together; with `?feed=`, one feed's own page. */
export function FrontPage() {
  const { feedParam } = useFeedSource();
  return feedParam === null ? <RiverPage /> : <FeedPage />;
}
