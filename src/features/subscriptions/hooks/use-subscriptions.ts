import { useMemo } from 'react';
import { own } from '../../../lib/own';
import { activeSubscriptions } from '../store/subscription-data';
import type { Subscription } from '../store/subscription-data';
import { useSubscriptionStore } from '../store/subscription-store';

/** The subscriptions in force, by title (the order the subscriptions page lists them in). */
export function useSubscriptions(): Subscription[] {
  const feeds = useSubscriptionStore((state) => state.feeds);
  return useMemo(
    () =>
      activeSubscriptions({ feeds }).sort((a, b) =>
        a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
      ),
    [feeds],
  );
}

/** The subscription to this feed, or undefined when the reader does not follow it. */
export function useSubscription(feedUrl: string): Subscription | undefined {
  return useSubscriptionStore((state) => {
    const subscription = own(state.feeds, feedUrl);
    return subscription && !subscription.removedAt ? subscription : undefined;
  });
}
