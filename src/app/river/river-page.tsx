import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { Link } from '../../components/link';
import { LoadStatus } from '../../components/load-status';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { EntryList } from '../../features/feed/components/entry-list';
import { timeOf } from '../../features/feed/utils/group-by-day';
import { SaveLatestButton } from '../../features/offline/components/save-latest-button';
import { useOnlineStatus } from '../../features/offline/hooks/use-online-status';
import { MarkAllRead } from '../../features/reading/components/mark-all-read';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useUnreadFilter } from '../../features/reading/hooks/use-unread-only';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { inFolder } from '../../features/subscriptions/store/subscription-data';
import { LoadError } from '../../lib/http';
import { plural } from '../../lib/plural';
import { useFirstScreen } from '../first-screen';
import { SAVE_LATEST, saveLatestOfFeeds } from '../save-latest';
import { connectEntryList } from '../shortcut-targets';
import { RefreshButton } from './refresh-button';
import { riverBadges, riverFooter } from './river-slots';
import { feedParamFor } from './river-articles';
import { useRiverPages } from './use-river-pages';

/** Entries link to their articles as they are: each names its own feed (one function, so the
 * list's memoised rows are not drawn again at every change of a feed's request). */
const asIs = (path: string) => path;

/**
 * Said below the list while a feed shows only its first items. A failure is told above the list
 * (the feeds that could not be read), as for any feed.
 */
const restOfRiver = {
  query: { error: null, fetchStatus: 'fetching' },
  retry: () => undefined,
  loading: 'Loading more articles…',
} as const;

/** The front page (or a folder's page): every subscription's articles merged, newest first. */
export function RiverPage({ folder }: { folder?: string }) {
  const client = useQueryClient();
  const all = useSubscriptions();
  const subscriptions = useMemo(() => inFolder(all, folder), [all, folder]);
  const { river, older } = useRiverPages(subscriptions);
  // A refresh changes the river feed by feed, each change forcing a render at once: the list
  // follows in renders that yield to the reader's keys and clicks. Its first articles too: the
  // loading line stays until that render has them (shown without them, the list would say it
  // has none, then move down as they came).
  const articles = useDeferredValue(river.articles);
  const listed = river.loaded > 0 && (articles.length > 0 || river.articles.length === 0);
  const unreadFilter = useUnreadFilter('');
  // Offline, a feed that could not be reached is no feed at fault: the offline notice says why.
  const online = useOnlineStatus();
  const failed = river.failed.filter(
    ({ error }) => online || !(error instanceof LoadError && error.kind === 'network'),
  ).length;
  useFeedVisit(...subscriptions.map((feed) => feed.feedUrl));
  useFirstScreen(articles.length > 0 && !river.partial);
  // Folders are made of their feeds: an address of a folder that holds none names no folder.
  const noFolder = folder !== undefined && subscriptions.length === 0;
  const heading = noFolder ? 'No such folder' : (folder ?? 'Latest news');
  useDocumentTitle(folder === undefined ? 'Broadsheet' : `${heading} · Broadsheet`);

  // Every article of the feeds read so far, as their unread counts have them: those waiting
  // below the list for "Older posts" too, and another feed's copies of those listed, but none
  // that arrived after the list was drawn.
  const refs = () => {
    const newest = articles.reduce((latest, article) => Math.max(latest, timeOf(article) || 0), 0);
    // Undated ones (NaN) are listed last: never newer.
    const below = [...river.read, ...river.copies].filter((article) => !(timeOf(article) > newest));
    return [...new Set([...articles, ...below])].map(({ id, origin }) => ({
      feedUrl: origin?.feedUrl ?? '',
      id,
    }));
  };
  return (
    <>
      <div className="page-head">
        <PageHeading className="page-title">{heading}</PageHeading>
        {noFolder || (
          <SaveLatestButton
            count={SAVE_LATEST}
            onSave={() =>
              saveLatestOfFeeds(
                client,
                subscriptions.map(({ feedUrl }) => ({ feedUrl, feedParam: feedParamFor(feedUrl) })),
              )
            }
          />
        )}
      </div>
      {noFolder || (
        <div className="reading-tools">
          <UnreadOnlyToggle />
          <MarkAllRead articles={refs} />
          <RefreshButton feedUrls={subscriptions.map((feed) => feed.feedUrl)} />
        </div>
      )}
      {river.loaded > 0 && failed > 0 && (
        <p className="notice">
          {plural(failed, {
            one: '# feed could not be read.',
            other: '# feeds could not be read.',
          })}{' '}
          <Link to={paths.subscriptions()}>See which in Subscriptions</Link>
        </p>
      )}
      {subscriptions.length === 0 ? (
        <p className="notice">
          {noFolder ? (
            <>
              You follow no feed in a folder named “{folder}”.{' '}
              <Link to={paths.subscriptions()}>See your folders in Subscriptions</Link>
            </>
          ) : (
            <>
              You have no subscriptions yet. <Link to={paths.subscriptions()}>Add a feed</Link>
            </>
          )}
        </p>
      ) : !listed ? (
        <LoadStatus
          query={{
            data: undefined,
            // Articles are in (the list is on its way): loading, whatever else failed.
            error:
              river.loaded === 0 && river.pending === 0 ? (river.failed[0]?.error ?? null) : null,
            fetchStatus:
              river.loaded > 0 || river.firsts.some((result) => result.fetchStatus === 'fetching')
                ? 'fetching'
                : river.firsts.some((result) => result.fetchStatus === 'paused')
                  ? 'paused'
                  : 'idle',
          }}
          loading="Loading articles…"
          offline="You are offline, and your feeds have not been saved for offline reading yet."
          errorTitle={
            subscriptions.length === 1
              ? 'This feed could not be loaded.'
              : 'These feeds could not be loaded.'
          }
          onRetry={() => river.firsts.forEach((result) => void result.refetch())}
        />
      ) : (
        <EntryList
          ref={connectEntryList}
          key={folder ?? ''}
          listed={{
            id: `river ${folder ?? ''}`,
            articles,
            skipped: river.skipped,
            missingItems: river.missingItems,
            older,
            rest: river.partial && river.fetching ? restOfRiver : undefined,
          }}
          link={asIs}
          filter={unreadFilter}
          emptyMessage={unreadFilter && 'No unread articles.'}
          renderFooter={riverFooter}
          renderBadges={riverBadges}
        />
      )}
    </>
  );
}
