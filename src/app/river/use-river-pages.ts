import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ListedArticles } from '../../features/feed/components/entry-list';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { useHistoryState } from '../../lib/history-state';
import { depthRead, readOlder, useRiver } from './use-river';

/**
 * The river with "Older posts": how many pages of each feed are shown is kept per history
 * entry, so going back shows as much as before.
 */
export function useRiverPages(
  subscriptions: readonly Subscription[],
  { readSoFar = false }: { readSoFar?: boolean } = {},
) {
  const client = useQueryClient();
  // A tag's or a search's page starts with all the river has read: a tag followed from an
  // older article lists it.
  const [first] = useState(() => (readSoFar ? depthRead(client, subscriptions) : 1));
  const [depth, setDepth] = useHistoryState('depth', first);
  const [reading, setReading] = useState(false);
  const river = useRiver(subscriptions, depth);
  // A feed followed under its host's name for want of one takes its own, once read.
  useEffect(() => {
    const titles = new Map<string, string>();
    subscriptions.forEach((subscription, index) => {
      const title = subscription.untitled ? river.firsts[index]?.data?.feed.title : undefined;
      if (title) titles.set(subscription.feedUrl, title);
    });
    // Rarely needed: the store's actions are loaded then, not with every front page.
    if (titles.size > 0) {
      void import('../../features/subscriptions/store/subscription-actions').then((actions) =>
        actions.adoptFeedTitles(titles),
      );
    }
  }, [subscriptions, river.firsts]);
  const older: NonNullable<ListedArticles['older']> = {
    canRead: river.hasOlder,
    reading,
    error: river.olderError,
    // Which feed, where the river has several.
    failedFeed: subscriptions.length > 1 ? river.olderFailed?.title : undefined,
    read: async () => {
      setReading(true);
      try {
        await readOlder(client, subscriptions, depth);
        setDepth(depth + 1);
      } finally {
        setReading(false);
      }
    },
  };
  return { river, older };
}
