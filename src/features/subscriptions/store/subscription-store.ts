import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_SUBSCRIPTIONS } from '../../../config/env';
import { absoluteUrl } from '../../../lib/http';
import { setOwn } from '../../../lib/own';
import { createPersisted } from '../../../lib/persisted-store';
import { mergeSubscriptions, readSubscriptionData } from './subscription-data';
import type { Subscription, SubscriptionData } from './subscription-data';

export const SUBSCRIPTIONS_KEY = 'broadsheet:subscriptions';
const VERSION = 1;

/** What a new subscription is given: the rest is the store's. */
export interface NewSubscription {
  feedUrl: string;
  title: string;
  folder?: string;
  siteUrl?: string;
  /** Named by its address for want of a name (an OPML outline without one). */
  untitled?: boolean;
}

/**
 * On a fresh browser, the bundled feeds are the subscriptions: the front page written at build
 * time shows them, and `npm start` opens on them.
 */
export function defaultSubscriptions(now = new Date(0).toISOString()): SubscriptionData {
  const feeds: Record<string, Subscription> = {};
  for (const { url, title } of DEFAULT_SUBSCRIPTIONS) {
    const feedUrl = absoluteUrl(url);
    setOwn(feeds, feedUrl, { feedUrl, title, addedAt: now, changedAt: now });
  }
  return { feeds };
}

const subscriptionStorage = createPersisted<SubscriptionData>({
  name: SUBSCRIPTIONS_KEY,
  version: VERSION,
  label: 'subscriptions',
  title: 'Subscriptions',
  empty: () => defaultSubscriptions(),
  read: (state) => readSubscriptionData(state),
  merge: mergeSubscriptions,
});

// The actions that change it are in subscription-actions.ts.
export const useSubscriptionStore = create<SubscriptionData>()(
  persist(() => defaultSubscriptions(), {
    name: SUBSCRIPTIONS_KEY,
    version: VERSION,
    storage: subscriptionStorage.storage,
    partialize: (state) => ({ feeds: state.feeds }),
    migrate: (persisted) => readSubscriptionData(persisted).data,
    // What is stored replaces the defaults: a reader who unsubscribed from them keeps that.
    merge: (persisted, current) =>
      persisted ? { ...current, ...(persisted as SubscriptionData) } : current,
  }),
);

subscriptionStorage.connect(() => ({ feeds: useSubscriptionStore.getState().feeds }));

/** Stores a change, then shows it. */
export function commitSubscriptions(change: (data: SubscriptionData) => SubscriptionData) {
  const { feeds } = useSubscriptionStore.getState();
  const next = subscriptionStorage.commit({ feeds }, change);
  // Storage refused it: the change lives in this tab, and the notice says so.
  useSubscriptionStore.setState(next ?? change({ feeds }));
}

if (typeof window !== 'undefined') {
  // Another tab subscribed, renamed or unsubscribed: merge by feed, never take its whole list.
  subscriptionStorage.listen((incoming) => {
    const state = useSubscriptionStore.getState();
    const merged = mergeSubscriptions(state, incoming);
    if (merged !== state) useSubscriptionStore.setState(merged);
  });
}
