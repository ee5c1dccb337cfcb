import { useQueryClient } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { feedPageQuery } from '../../features/feed/api/queries';
import type { FeedPage } from '../../features/feed/api/types';
import { useReadingStore } from '../../features/reading/store/reading-store';
import { OpmlTools } from '../../features/subscriptions/components/opml-tools';
import { SubscribeForm } from '../../features/subscriptions/components/subscribe-form';
import type { FoundFeed } from '../../features/subscriptions/components/subscribe-form';
import { SubscriptionList } from '../../features/subscriptions/components/subscription-list';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { articleKey } from '../../lib/article-ref';
import { formatDateTime } from '../../lib/dates';
import { LoadError } from '../../lib/http';
import { useRiver } from '../river/use-river';

function unreadIn(page: FeedPage | undefined, feedUrl: string, read: Record<string, string>) {
  if (!page) return 0;
  return page.articles.filter(
    (article) => !Object.hasOwn(read, articleKey({ feedUrl, id: article.id })),
  ).length;
}

function FeedState({ result, unread }: { result?: UseQueryResult<FeedPage>; unread: number }) {
  if (!result) return null;
  return (
    <span className="subscription-state">
      {result.data && <span className="unread-count">{unread} unread</span>}
      {result.dataUpdatedAt > 0 && (
        <span className="muted">
          {' '}
          · Last read{' '}
          <time dateTime={new Date(result.dataUpdatedAt).toISOString()}>
            {formatDateTime(new Date(result.dataUpdatedAt).toISOString())}
          </time>
        </span>
      )}
      {!result.data && result.isPending && <span className="muted"> Not read yet</span>}
      {result.error && (
        <span className="subscription-error"> Could not be read: {result.error.message}</span>
      )}
    </span>
  );
}

export function SubscriptionsPage() {
  useDocumentTitle('Subscriptions · Broadsheet');
  const client = useQueryClient();
  const subscriptions = useSubscriptions();
  const river = useRiver(subscriptions);
  const read = useReadingStore((state) => state.read);

  const unread = useMemo(() => {
    const byFeed = new Map<string, number>();
    subscriptions.forEach((feed, index) =>
      byFeed.set(feed.feedUrl, unreadIn(river.firsts[index]?.data, feed.feedUrl, read)),
    );
    return byFeed;
  }, [subscriptions, river.firsts, read]);
  const total = [...unread.values()].reduce((sum, count) => sum + count, 0);
  const folderUnread = (folder: string) =>
    subscriptions
      .filter((feed) => (feed.folder ?? '') === folder)
      .reduce((sum, feed) => sum + (unread.get(feed.feedUrl) ?? 0), 0);

  const find = async (address: string): Promise<FoundFeed> => {
    try {
      const page = await client.fetchQuery({ ...feedPageQuery(address, address), retry: false });
      // A site address leads to the feed it names: that is what is followed.
      if (page.url !== address)
        client.setQueryData(feedPageQuery(page.url, page.url).queryKey, page);
      return {
        kind: 'feed',
        feed: { feedUrl: page.url, title: page.feed.title, siteUrl: page.feed.homePageUrl },
      };
    } catch (error) {
      if (error instanceof LoadError && error.kind === 'choose') {
        return {
          kind: 'choose',
          choices: error.choices.map(({ url, title }) => ({ url, title: title ?? url })),
        };
      }
      throw error;
    }
  };

  const statusOf = (subscription: Subscription) => {
    const index = subscriptions.indexOf(subscription);
    return (
      <FeedState result={river.firsts[index]} unread={unread.get(subscription.feedUrl) ?? 0} />
    );
  };

  return (
    <>
      <PageHeading className="page-title">Subscriptions</PageHeading>
      <SubscribeForm find={find} />
      <OpmlTools />
      <p className="subscriptions-summary">
        {subscriptions.length} {subscriptions.length === 1 ? 'feed' : 'feeds'} · {total} unread
      </p>
      <SubscriptionList
        subscriptions={subscriptions}
        renderStatus={statusOf}
        folderUnread={folderUnread}
      />
    </>
  );
}
