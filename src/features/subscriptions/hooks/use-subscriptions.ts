import { own } from '../../../lib/own';
import { activeSubscriptions } from '../store/subscription-data';
import type { Subscription, SubscriptionData } from '../store/subscription-data';
import { useSubscriptionStore } from '../store/subscription-store';

let titles: Intl.Collator | undefined;
/** Each list sorted once, however many components show it. */
const sorted = new WeakMap<SubscriptionData['feeds'], readonly Subscription[]>();

function byTitle(feeds: SubscriptionData['feeds']): readonly Subscription[] {
  let list = sorted.get(feeds);
  if (!list) {
    titles ??= new Intl.Collator(undefined, { sensitivity: 'base' });
    const collator = titles;
    list = activeSubscriptions({ feeds }).sort((a, b) => collator.compare(a.title, b.title));
    sorted.set(feeds, list);
  }
  return list;
}

/**
 * The subscriptions in force, by title (the order the subscriptions page lists them in). One
 * collator for every comparison: `localeCompare` with options makes a new one each time, some
 * 10 ms for a hundred feeds.
 */
export function useSubscriptions(): readonly Subscription[] {
  return byTitle(useSubscriptionStore((state) => state.feeds));
}

/** The subscription to this feed, or undefined when the reader does not follow it. */
export function useSubscription(feedUrl: string): Subscription | undefined {
  return useSubscriptionStore((state) => {
    const subscription = own(state.feeds, feedUrl);
    return subscription && !subscription.removedAt ? subscription : undefined;
  });
}
