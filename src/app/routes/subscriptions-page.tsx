import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryCache, QueryCacheNotifyEvent } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { Link } from '../../components/link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { feedKeys, feedPageQuery } from '../../features/feed/api/queries';
import type { FeedPage } from '../../features/feed/api/types';
import { addressText } from '../../lib/address-key';
import { useReadingStore } from '../../features/reading/store/reading-store';
import { unreadText } from '../../features/subscriptions/components/folder-heading';
import { OpmlTools } from '../../features/subscriptions/components/opml-tools';
import { SubscribeForm } from '../../features/subscriptions/components/subscribe-form';
import type { FoundFeed } from '../../features/subscriptions/components/subscribe-form';
import { SubscriptionList } from '../../features/subscriptions/components/subscription-list';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { folderKey } from '../../features/subscriptions/store/subscription-data';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { articleKey } from '../../lib/article-ref';
import { formatDateTime } from '../../lib/dates';
import { LoadError } from '../../lib/http';
import { plural } from '../../lib/plural';

type ReadMarks = Readonly<Record<string, string>>;

function unreadIn(page: FeedPage | undefined, feedUrl: string, read: ReadMarks): number {
  if (!page) return 0;
  return page.articles.filter(
    (article) => !Object.hasOwn(read, articleKey({ feedUrl, id: article.id })),
  ).length;
}

/**
 * One feed's line on the list: its unread count, when it was last read, its error. It watches
 * its own feed, so a feed read again re-renders its line alone, even among a thousand.
 */
function FeedState({ feedUrl }: { feedUrl: string }) {
  const result = useQuery(feedPageQuery(feedUrl, feedUrl));
  const read = useReadingStore((state) => state.read);
  const updated = result.dataUpdatedAt > 0 ? new Date(result.dataUpdatedAt).toISOString() : '';
  return (
    <span className="subscription-state">
      {result.data && (
        <span className="unread-count">{unreadText(unreadIn(result.data, feedUrl, read))}</span>
      )}
      {updated && (
        <span className="muted">
          {' '}
          · Last read <time dateTime={updated}>{formatDateTime(updated)}</time>
        </span>
      )}
      {!result.data && result.isPending && (
        // A feed read before may be on its way back from the saved cache meanwhile.
        <span className="muted">
          {result.fetchStatus === 'fetching' ? ' Reading…' : ' Not read yet'}
        </span>
      )}
      {result.data?.feed.movedTo && (
        <span>
          {' '}
          · Moved to{' '}
          <Link to={paths.feed(result.data.feed.movedTo)}>
            {addressText(result.data.feed.movedTo)}
          </Link>
        </span>
      )}
      {result.error && (
        <span className="subscription-error">
          {updated ? ' · ' : ' '}Could not be read: {result.error.message}
        </span>
      )}
    </span>
  );
}

const renderStatus = (subscription: Subscription) => <FeedState feedUrl={subscription.feedUrl} />;

/** Whether a cache event changes which feed pages it holds: read, dropped, or restored. */
function changesPages(event: QueryCacheNotifyEvent): boolean {
  const [scope, , kind] = event.query.queryKey as readonly unknown[];
  if (scope !== 'feed' || kind !== 'page') return false;
  return (
    event.type === 'added' ||
    event.type === 'removed' ||
    (event.type === 'updated' &&
      (event.action.type === 'success' || event.action.type === 'setState'))
  );
}

const pageChanges = new WeakMap<QueryCache, { version: number }>();

/**
 * A count of the changes to a cache's feed pages, from the first time it is asked for on: a
 * number to compare, where going through a thousand feeds' queries at each of a thousand events
 * (an OPML import) held the page for tenths of a second at a time.
 */
function pageChangesOf(cache: QueryCache): { version: number } {
  let counter = pageChanges.get(cache);
  if (!counter) {
    const counted = { version: 0 };
    cache.subscribe((event) => {
      if (changesPages(event)) counted.version += 1;
    });
    pageChanges.set(cache, counted);
    counter = counted;
  }
  return counter;
}

/**
 * Unread articles of every feed, for the totals per folder and in all: counted from the cache,
 * watched once for every feed (a thousand watchers of their own would be a long task to set up).
 */
function useUnread(subscriptions: readonly Subscription[]) {
  const client = useQueryClient();
  // Counted from the first render on, before this page listens: a page read, dropped, or
  // brought back from the saved cache (offline, the only way in) in between is not missed.
  const changes = pageChangesOf(client.getQueryCache());
  const subscribe = useCallback(
    (onChange: () => void) =>
      client.getQueryCache().subscribe((event) => {
        if (changesPages(event)) onChange();
      }),
    [client],
  );
  const pagesRead = useSyncExternalStore(subscribe, () => changes.version);
  const read = useReadingStore((state) => state.read);
  return useMemo(() => {
    const byFolder = new Map<string, number>();
    let total = 0;
    for (const { feedUrl, folder = '' } of subscriptions) {
      const page = client.getQueryData<FeedPage>(feedKeys.page(feedUrl, feedUrl));
      const count = unreadIn(page, feedUrl, read);
      // By the folder's key, as the list groups them: two spellings are one folder.
      const key = folderKey(folder);
      byFolder.set(key, (byFolder.get(key) ?? 0) + count);
      total += count;
    }
    return { byFolder, total };
    // `pagesRead` says when the cache holds other pages than at the last count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, subscriptions, read, pagesRead]);
}

export function SubscriptionsPage() {
  useDocumentTitle('Subscriptions · Broadsheet');
  const client = useQueryClient();
  // A thousand feeds just imported are laid out without holding up the page.
  const subscriptions = useDeferredValue(useSubscriptions());
  const unread = useUnread(subscriptions);
  const folderUnread = useCallback(
    (folder: string) => unread.byFolder.get(folderKey(folder)) ?? 0,
    [unread],
  );
  // The form, the OPML tools and the list each say how their last action went: only the
  // latest is said. One function each, kept: the list's lines are memoized.
  const [lastSaid, setLastSaid] = useState<'form' | 'opml' | 'list'>();
  const said = useMemo(
    () => ({
      form: () => setLastSaid('form'),
      opml: () => setLastSaid('opml'),
      list: () => setLastSaid('list'),
    }),
    [],
  );

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

  return (
    <>
      <PageHeading className="page-title">Subscriptions</PageHeading>
      <SubscribeForm find={find} quiet={lastSaid !== 'form'} onSaid={said.form} />
      <OpmlTools quiet={lastSaid !== 'opml'} onSaid={said.opml} />
      <p className="subscriptions-summary">
        {plural(subscriptions.length, { one: '# feed', other: '# feeds' })} ·{' '}
        {unreadText(unread.total)}
      </p>
      <SubscriptionList
        subscriptions={subscriptions}
        renderStatus={renderStatus}
        folderUnread={folderUnread}
        quiet={lastSaid !== 'list'}
        onSaid={said.list}
      />
    </>
  );
}
