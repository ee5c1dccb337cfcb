import { followedAt } from '../store/followed';
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

/**
 * The subscription to this feed, at this or another spelling of its address (http or https, a
 * slash more), or undefined when the reader does not follow it.
 */
export function useSubscription(feedUrl: string): Subscription | undefined {
  return useSubscriptionStore((state) => followedAt(state.feeds, feedUrl));
}
