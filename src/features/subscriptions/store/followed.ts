import { addressKey } from '../../../lib/address-key';
import { own } from '../../../lib/own';
import type { Subscription, SubscriptionData } from './subscription-data';

/** The subscriptions in force by addressKey, built once for each state of the store. */
const byAddress = new WeakMap<SubscriptionData['feeds'], ReadonlyMap<string, Subscription>>();

/**
 * The subscriptions in force by addressKey: the same feed at "http://…/feed" and
 * "https://…/feed/" is one.
 */
export function followedByAddress(
  feeds: SubscriptionData['feeds'],
): ReadonlyMap<string, Subscription> {
  let followed = byAddress.get(feeds);
  if (!followed) {
    const map = new Map<string, Subscription>();
    for (const feed of Object.values(feeds)) {
      if (!feed.removedAt) map.set(addressKey(feed.feedUrl), feed);
    }
    byAddress.set(feeds, map);
    followed = map;
  }
  return followed;
}

/**
 * The subscription in force for `feedUrl`, at this or another spelling of its address (http or
 * https, a slash more), or undefined when the reader does not follow it.
 */
export function followedAt(
  feeds: SubscriptionData['feeds'],
  feedUrl: string,
): Subscription | undefined {
  const exact = own(feeds, feedUrl);
  if (exact && !exact.removedAt) return exact;
  return followedByAddress(feeds).get(addressKey(feedUrl));
}
