import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { ArticleOrigin } from '../api/types';

/** The feed an entry of a several-feed list comes from, linking to the feed's own page. */
export function EntryFeed({ origin }: { origin: ArticleOrigin }) {
  return (
    <p className="entry-feed">
      {origin.icon && (
        <img
          className="entry-feed-icon"
          src={origin.icon}
          alt=""
          width={16}
          height={16}
          loading="lazy"
          decoding="async"
        />
      )}
      <Link to={paths.feed(origin.feedUrl)} dir="auto">
        {origin.title}
      </Link>
    </p>
  );
}
