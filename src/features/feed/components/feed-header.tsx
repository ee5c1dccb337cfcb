import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';

/** The masthead: the feed's title (home), its description and a link to its website. */
export function FeedHeader({ source, appName }: { source: FeedSource; appName: string }) {
  const { feed } = useFeed(source.feedUrl);
  return (
    <div className="masthead">
      <p className="masthead-title" dir="auto">
        <Link to={source.link(paths.home())}>{feed?.title ?? appName}</Link>
      </p>
      {feed?.description && (
        <p className="masthead-description" dir="auto">
          {feed.description}
        </p>
      )}
      {feed?.homePageUrl && (
        <p className="masthead-site">
          <a href={feed.homePageUrl} rel="noopener noreferrer" target="_blank">
            Visit {new URL(feed.homePageUrl).host}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </div>
  );
}
