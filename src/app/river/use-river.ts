import { useQueries } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { DEFAULT_FEED_URL } from '../../config/env';
import { feedParamOf } from '../../config/paths';
import { feedPageQuery } from '../../features/feed/api/queries';
import type { Article, FeedPage } from '../../features/feed/api/types';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { absoluteUrl } from '../../lib/http';

/** Several feeds' newest articles, each naming its feed, and how their requests stand. */
export interface River {
  articles: Article[];
  skipped: number;
  /** Feeds whose first page is in. */
  loaded: number;
  /** Feeds still on their first request. */
  pending: number;
  /** Feeds whose latest request failed, with the error. */
  failed: { feedUrl: string; error: Error }[];
  /** The results by feed, in the order given. */
  results: UseQueryResult<FeedPage>[];
}

/**
 * Articles of one page stamped with their feed, once per page object: a refresh that changes
 * one feed makes new entries for that feed alone.
 */
const stamped = new WeakMap<FeedPage, { title: string; articles: Article[] }>();

function articlesOf(page: FeedPage, subscription: Subscription): Article[] {
  const known = stamped.get(page);
  if (known?.title === subscription.title) return known.articles;
  const feedParam =
    subscription.feedUrl === absoluteUrl(DEFAULT_FEED_URL) ? null : feedParamOf(page.url);
  const origin = {
    feedUrl: subscription.feedUrl,
    feedParam,
    title: subscription.title,
    icon: page.feed.icon,
  };
  const articles = page.articles.map((article) => ({ ...article, origin }));
  stamped.set(page, { title: subscription.title, articles });
  return articles;
}

/**
 * The river: the first page of every subscription, read through the same queries (and the same
 * cache) as each feed's own page, merged. Never copied into a store.
 */
export function useRiver(subscriptions: readonly Subscription[]): River {
  const combine = useCallback(
    (results: UseQueryResult<FeedPage>[]): River => {
      const river: River = { articles: [], skipped: 0, loaded: 0, pending: 0, failed: [], results };
      results.forEach((result, index) => {
        const subscription = subscriptions[index];
        if (!subscription) return;
        if (result.data) {
          river.loaded++;
          river.skipped += result.data.skipped;
          river.articles = river.articles.concat(articlesOf(result.data, subscription));
        } else if (result.isPending) river.pending++;
        if (result.error) river.failed.push({ feedUrl: subscription.feedUrl, error: result.error });
      });
      return river;
    },
    [subscriptions],
  );
  return useQueries({
    queries: subscriptions.map(({ feedUrl }) => feedPageQuery(feedUrl, feedUrl)),
    combine,
  });
}
