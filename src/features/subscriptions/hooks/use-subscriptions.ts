import { addressKey } from '../../../lib/address-key';
import { own } from '../../../lib/own';
import { activeByTitle } from '../store/subscription-data';
import type { Subscription, SubscriptionData } from '../store/subscription-data';
import { useSubscriptionStore } from '../store/subscription-store';

/** Each list sorted once, however many components show it. */
const sorted = new WeakMap<SubscriptionData['feeds'], readonly Subscription[]>();

function byTitle(feeds: SubscriptionData['feeds']): readonly Subscription[] {
  let list = sorted.get(feeds);
  if (!list) {
    list = activeByTitle({ feeds });
    sorted.set(feeds, list);
  }
  return list;
}

/** The subscriptions in force, by title (activeByTitle), sorted once per change. */
export function useSubscriptions(): readonly Subscription[] {
  return byTitle(useSubscriptionStore((state) => state.feeds));
}

/** The subscriptions in force by addressKey, once for each state of the store. */
const byAddress = new WeakMap<SubscriptionData['feeds'], Map<string, Subscription>>();

function followedAt(feeds: SubscriptionData['feeds'], feedUrl: string): Subscription | undefined {
  let followed = byAddress.get(feeds);
  if (!followed) {
    followed = new Map();
    for (const feed of Object.values(feeds)) {
      if (!feed.removedAt) followed.set(addressKey(feed.feedUrl), feed);
    }
    byAddress.set(feeds, followed);
  }
  return followed.get(addressKey(feedUrl));
}

/**
 * The subscription to this feed, at this or another spelling of its address (http or https, a
 * slash more), or undefined when the reader does not follow it.
 */
export function useSubscription(feedUrl: string): Subscription | undefined {
  return useSubscriptionStore((state) => {
    const subscription = own(state.feeds, feedUrl);
    if (subscription && !subscription.removedAt) return subscription;
    return followedAt(state.feeds, feedUrl);
  });
}
