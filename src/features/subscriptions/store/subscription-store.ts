import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_SUBSCRIPTIONS } from '../../../config/env';
import { absoluteUrl } from '../../../lib/http';
import { own, setOwn } from '../../../lib/own';
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
}

/** How adding many subscriptions (an OPML import) went. */
export interface AddReport {
  added: Subscription[];
  /** Already subscribed: left as they were. */
  duplicates: NewSubscription[];
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

interface SubscriptionState extends SubscriptionData {
  /**
   * Adds feeds not yet followed (one already there is reported, not added twice) and follows
   * again those unsubscribed from. One write however many: an import of a thousand is one.
   */
  subscribe: (feeds: readonly NewSubscription[]) => AddReport;
  unsubscribe: (feedUrl: string) => void;
  /** Changes the name or the folder ('' or undefined: none) of a subscription. */
  update: (feedUrl: string, change: { title?: string; folder?: string }) => void;
}

/** A time after every change already made to `previous`: the newest change always wins. */
function changeTime(previous?: Subscription): string {
  const after = previous ? Date.parse(previous.changedAt) + 1 : 0;
  return new Date(Math.max(Date.now(), after)).toISOString();
}

const cleanFolder = (folder?: string) => folder?.trim() || undefined;

export const useSubscriptionStore = create<SubscriptionState>()(
  persist(
    (set, get) => {
      const commit = (change: (data: SubscriptionData) => SubscriptionData) => {
        const next = subscriptionStorage.commit({ feeds: get().feeds }, change);
        // Storage refused it: the change lives in this tab, and the notice says so.
        set(next ?? change({ feeds: get().feeds }));
      };
      return {
        ...defaultSubscriptions(),
        subscribe: (wanted) => {
          const report: AddReport = { added: [], duplicates: [] };
          const current = get().feeds;
          const feeds: Record<string, Subscription> = {};
          for (const feed of wanted) {
            const existing = own(current, feed.feedUrl) ?? own(feeds, feed.feedUrl);
            if (existing && !existing.removedAt) {
              report.duplicates.push(feed);
              continue;
            }
            const now = changeTime(existing);
            const subscription: Subscription = {
              feedUrl: feed.feedUrl,
              title: feed.title.trim() || feed.feedUrl,
              addedAt: now,
              changedAt: now,
            };
            const folder = cleanFolder(feed.folder);
            if (folder) subscription.folder = folder;
            if (feed.siteUrl) subscription.siteUrl = feed.siteUrl;
            setOwn(feeds, feed.feedUrl, subscription);
            report.added.push(subscription);
          }
          if (report.added.length > 0) commit((data) => ({ feeds: { ...data.feeds, ...feeds } }));
          return report;
        },
        unsubscribe: (feedUrl) => {
          const subscription = own(get().feeds, feedUrl);
          if (!subscription || subscription.removedAt) return;
          const removedAt = changeTime(subscription);
          commit((data) => ({
            feeds: {
              ...data.feeds,
              [feedUrl]: { ...subscription, removedAt, changedAt: removedAt },
            },
          }));
        },
        update: (feedUrl, change) => {
          const subscription = own(get().feeds, feedUrl);
          if (!subscription || subscription.removedAt) return;
          const next: Subscription = { ...subscription, changedAt: changeTime(subscription) };
          if (change.title !== undefined) next.title = change.title.trim() || subscription.title;
          if (change.folder !== undefined) {
            const folder = cleanFolder(change.folder);
            if (folder) next.folder = folder;
            else delete next.folder;
          }
          commit((data) => ({ feeds: { ...data.feeds, [feedUrl]: next } }));
        },
      };
    },
    {
      name: SUBSCRIPTIONS_KEY,
      version: VERSION,
      storage: subscriptionStorage.storage,
      partialize: (state) => ({ feeds: state.feeds }),
      migrate: (persisted) => readSubscriptionData(persisted).data,
      // What is stored replaces the defaults: a reader who unsubscribed from them keeps that.
      merge: (persisted, current) =>
        persisted ? { ...current, ...(persisted as SubscriptionData) } : current,
    },
  ),
);

subscriptionStorage.connect(() => ({ feeds: useSubscriptionStore.getState().feeds }));

if (typeof window !== 'undefined') {
  // Another tab subscribed, renamed or unsubscribed: merge by feed, never take its whole list.
  subscriptionStorage.listen((incoming) => {
    const state = useSubscriptionStore.getState();
    const merged = mergeSubscriptions(state, incoming);
    if (merged !== state) useSubscriptionStore.setState(merged);
  });
}
