import { startTransition, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { ErrorNotice } from '../../../components/load-status';
import { useHistoryState } from '../../../lib/history-state';
import { plural } from '../../../lib/plural';
import type { Article } from '../api/types';
import { useEntryNavigation } from '../hooks/use-entry-navigation';
import type { EntryListHandle } from '../hooks/use-entry-navigation';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';
import { useVirtualDays } from '../hooks/use-virtual-days';
import { groupByDay, sortNewestFirst } from '../utils/group-by-day';
import { DayList } from './day-list';
import { entryElements } from './entry-elements';
import { FeedStatus } from './feed-status';

/** Entries added to the page at a time ("Older posts"). */
const LIST_STEP = 25;
/**
 * Beyond this many entries only those near the screen are in the document (a lazily loaded
 * virtualiser), so even a 3,000-item feed shown whole stays small; shorter lists render plainly.
 */
const VIRTUAL_FROM = 100;

interface ArticleListProps {
  source: FeedSource;
  /** Only articles that pass this filter are listed (a tag page). */
  filter?: (article: Article) => boolean;
  /** What to say when nothing passes the filter. */
  emptyMessage?: string;
  renderFooter?: (article: Article) => ReactNode;
  /** Marks beside each title ("New", "Read"), from the app. */
  renderBadges?: (article: Article) => ReactNode;
  /** List from every page of the feed (an archive month), not only the pages read so far. */
  wholeFeed?: boolean;
  /** Moves and opens the current entry: the app gives it to the keyboard shortcuts. */
  ref?: Ref<EntryListHandle>;
}

/** Articles grouped under day headings, newest first, with "Older posts" at the end. */
export function ArticleList({
  source,
  filter,
  emptyMessage,
  renderFooter,
  renderBadges,
  wholeFeed,
  ref,
}: ArticleListProps) {
  const { query, articles, skipped, missingItems, canReadOlder } = useFeed(
    source.feedUrl,
    wholeFeed,
  );
  const [shown, setShown] = useHistoryState('shown', LIST_STEP);
  const list = useRef<HTMLDivElement>(null);
  const matching = useMemo(
    () => sortNewestFirst(filter ? articles.filter(filter) : articles),
    [articles, filter],
  );
  const listed = Math.min(shown, matching.length);
  // Fetched two steps ahead, so "Older posts" rarely waits for it.
  const virtual = useVirtualDays(listed > VIRTUAL_FROM - 2 * LIST_STEP);
  const long = listed > VIRTUAL_FROM;
  // Until the long list's code has arrived the plain list stands in, no longer than one step
  // past the limit (a return to a list of thousands must not render them all first).
  const limit = long && virtual === undefined ? VIRTUAL_FROM + LIST_STEP : shown;
  const groups = useMemo(() => groupByDay(matching.slice(0, limit)), [matching, limit]);
  const order = useMemo(() => groups.flatMap((group) => group.articles.map((a) => a.id)), [groups]);
  const [entries] = useState(entryElements);
  const current = useEntryNavigation(ref, order, entries);

  if (!query.data) return <FeedStatus query={query} onRetry={() => void query.refetch()} />;

  const hasMoreLoaded = matching.length > shown;
  const canLoadMore = hasMoreLoaded || canReadOlder;

  const showOlder = async () => {
    if (!hasMoreLoaded && canReadOlder) await query.fetchNextPage();
    // Rendered as a transition: a long list's next entries never hold up the page.
    startTransition(() => setShown(shown + LIST_STEP));
  };

  const days = {
    groups,
    feedUrl: source.feedUrl,
    link: source.link,
    renderFooter,
    renderBadges,
    current,
    entries,
  };
  return (
    <div className="article-list" ref={list}>
      {skipped > 0 && (
        <p className="notice">
          {plural(skipped, {
            one: '# item could not be shown',
            other: '# items could not be shown',
          })}
          .
        </p>
      )}
      {matching.length === 0 && (
        <p className="notice">
          {missingItems ? 'This feed lists no articles.' : (emptyMessage ?? 'No articles yet.')}
        </p>
      )}
      {long && virtual ? (
        <virtual.VirtualDays {...days} />
      ) : (
        <DayList
          {...days}
          list={list}
          // One step from long: the long list will start from the sizes this one is laid out at.
          onLayout={listed > VIRTUAL_FROM - LIST_STEP ? virtual?.rememberPlainSizes : undefined}
        />
      )}
      <div className="list-end">
        {query.isFetchNextPageError ? (
          <ErrorNotice
            title="Older posts could not be loaded."
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
          />
        ) : canLoadMore ? (
          <button
            type="button"
            className="button"
            onClick={() => void showOlder()}
            disabled={query.isFetchingNextPage}
            aria-busy={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? 'Loading older posts…' : 'Older posts'}
          </button>
        ) : (
          matching.length > 0 && <p className="muted">You have reached the oldest post.</p>
        )}
      </div>
    </div>
  );
}
