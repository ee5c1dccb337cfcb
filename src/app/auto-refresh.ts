import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { feedPageQuery } from '../features/feed/api/queries';
import { activeSubscriptions } from '../features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';
import type { RefreshOptions } from './river/refresh';

/** How often every subscription is read again while the tab is in view. */
const REFRESH_EVERY_MS = 30 * 60 * 1000;
/** After the app opens, once the page's own requests have had their turn. */
const FIRST_CHECK_MS = 5_000;
/** How often the clock is looked at: a tab asleep for an hour refreshes soon after it wakes. */
const CHECK_EVERY_MS = 60_000;

/**
 * Keeps every subscription fresh while the app is open: feeds not read lately are read soon
 * after it opens (whatever the page), then all of them every 30 minutes while the tab is in
 * view, and at once when it comes back into view after longer than that; those read while
 * offline as soon as the network is back.
 */
export function useAutoRefresh() {
  const client = useQueryClient();
  // Its code loads when it is first wanted, seconds after the page: not with the page's own.
  // Where it cannot be had (offline, a newer version), the feeds are read another time.
  const refreshFeeds = (feedUrls: string[], options?: RefreshOptions) =>
    import('./river/refresh').then(
      (refresh) => refresh.refreshFeeds(client, feedUrls, options),
      () => undefined,
    );
  const feeds = () => activeSubscriptions(useSubscriptionStore.getState()).map((f) => f.feedUrl);
  // Once the feeds are read, what storage no longer needs can go (sort-stored.ts).
  const sortStored = () =>
    import('./sort-stored')
      .then((stored) => stored.sortStored(client))
      .catch(
        // The code could not be loaded (offline, a newer version): another time.
        () => undefined,
      );
  // Only what is stale: the front page has read its feeds already.
  const onOpen = useEffectEvent(() => refreshFeeds(feeds(), { onlyStale: true }).then(sortStored));
  const everyFeed = useEffectEvent(() => refreshFeeds(feeds()).then(sortStored));

  // Read while offline, a feed is the copy the service worker saved, which the query takes for
  // a fresh read: those are read again once the network is back.
  const readOffline = useEffectEvent((since: number) => {
    const copies = feeds().filter(
      (feedUrl) =>
        (client.getQueryState(feedPageQuery(feedUrl, feedUrl).queryKey)?.dataUpdatedAt ?? 0) >=
        since,
    );
    if (copies.length > 0) void refreshFeeds(copies);
  });

  useEffect(() => {
    // Since when the network has been away: from the start for a page opened offline.
    let offline = navigator.onLine ? undefined : 0;
    const away = () => (offline ??= Date.now());
    const back = () => {
      if (offline !== undefined) readOffline(offline);
      offline = undefined;
    };
    window.addEventListener('offline', away);
    window.addEventListener('online', back);
    return () => {
      window.removeEventListener('offline', away);
      window.removeEventListener('online', back);
    };
  }, []);

  useEffect(() => {
    let last = Date.now();
    const check = () => {
      if (document.visibilityState !== 'visible' || Date.now() - last < REFRESH_EVERY_MS) return;
      last = Date.now();
      void everyFeed();
    };
    const first = setTimeout(() => void onOpen(), FIRST_CHECK_MS);
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
}

/** The refresh, as a component of its own: its code comes with the code loaded after the start. */
export function AutoRefresh() {
  useAutoRefresh();
  return null;
}
