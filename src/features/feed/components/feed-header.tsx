import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { hostOf } from '../../../lib/http';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';

/**
 * The masthead: the feed's title (home), its description and a link to its website. Its lines
 * keep their height while the feed loads, so nothing below moves when it arrives.
 */
export function FeedHeader({ source }: { source: FeedSource }) {
  const { feed } = useFeed(source.feedUrl);
  return (
    <div className="masthead">
      <p className="masthead-title" dir="auto">
        {feed ? <Link to={source.link(paths.home())}>{feed.title}</Link> : '\u00a0'}
      </p>
      <p className="masthead-description" dir="auto">
        {feed?.description}
      </p>
      <p className="masthead-site">
        {feed?.homePageUrl && (
          <a href={feed.homePageUrl} rel="noopener noreferrer" target="_blank">
            Visit {hostOf(feed.homePageUrl)}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </p>
    </div>
  );
}
