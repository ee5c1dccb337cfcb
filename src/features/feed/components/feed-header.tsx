import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { textDirection } from '../../../lib/direction';
import { hostOf } from '../../../lib/http';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';

/**
 * The masthead: the feed's title (home), its description and a link to its website. Its lines
 * keep their height while the feed loads, so nothing below moves when it arrives.
 */
export function FeedHeader({ source }: { source: FeedSource }) {
  const { feed } = useFeed(source.feedUrl);
  const direction = textDirection(feed?.language);
  // A description that only says the title again (Bluesky's, an arXiv digest's) is said once.
  const description =
    feed?.description?.toLocaleLowerCase() === feed?.title.toLocaleLowerCase()
      ? undefined
      : feed?.description;
  return (
    <div className="masthead" lang={feed?.language}>
      <p className="masthead-title" dir={direction}>
        {feed ? <Link to={source.link(paths.home())}>{feed.title}</Link> : '\u00a0'}
      </p>
      <p className="masthead-description" dir={direction}>
        {description}
      </p>
      <p className="masthead-site">
        {feed?.homePageUrl && (
          <a href={feed.homePageUrl} rel="noopener noreferrer" target="_blank">
            Visit {hostOf(feed.homePageUrl) ?? feed.homePageUrl}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </p>
    </div>
  );
}
