import { useState } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { useSubscription } from '../hooks/use-subscriptions';

interface SubscribeButtonProps {
  feedUrl: string;
  /** The feed's title; unknown while the feed is being read, when the button holds its place. */
  title?: string;
  siteUrl?: string;
}

/**
 * On a feed's own page: "Subscribe" when the reader does not follow it yet. Shown from the
 * start, disabled until the feed has been read: appearing with the feed, it moved the list down.
 */
export function SubscribeButton({ feedUrl, title, siteUrl }: SubscribeButtonProps) {
  const subscription = useSubscription(feedUrl);
  const [clicked, setClicked] = useState(false);
  return (
    <div className="subscribe-state">
      <span role="status">{subscription ? 'Subscribed. ' : ''}</span>
      {subscription ? (
        // The button is gone once pressed: focus goes on to what replaced it.
        <Link
          to={paths.subscriptions()}
          ref={(link) => {
            if (clicked) link?.focus();
          }}
        >
          Manage subscriptions
        </Link>
      ) : (
        <button
          type="button"
          className="button"
          disabled={title === undefined}
          onClick={() => {
            if (title === undefined) return;
            setClicked(true);
            // The store's actions load when first wanted, not with every feed's page.
            void import('../store/subscription-actions').then(({ subscribe }) =>
              subscribe([{ feedUrl, title, siteUrl }]),
            );
          }}
        >
          Subscribe
        </button>
      )}
    </div>
  );
}
