import { lazyComponent } from '../../components/lazy-component';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { RiverPage } from '../river/river-page';

/** One feed's own page: loaded when first visited (the front page is every feed's). */
export const FeedPage = lazyComponent(() => import('./feed-page'), 'FeedPage');

/** `/`: every subscription's articles together; with `?feed=`, one feed's own page. */
export function FrontPage() {
  const { feedParam } = useFeedSource();
  return feedParam === null ? <RiverPage /> : <FeedPage />;
}
