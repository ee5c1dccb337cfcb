import { FeedStatus } from '../../features/feed/components/feed-status';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import type { FeedSource } from '../../features/feed/hooks/use-feed-source';
import { SearchView } from '../../features/search/components/search-view';
import { useSearchQuery } from '../../features/search/hooks/use-search-query';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { useRiverPages } from '../river/use-river-pages';
import { connectEntryList } from '../shortcut-targets';

/**
 * Search over every article loaded so far: of every subscription, or with `?feed=` of that
 * feed alone. Older pages are read on request.
 */
export function SearchPage() {
  const source = useFeedSource();
  return source.feedParam === null ? <RiverSearch /> : <FeedSearch source={source} />;
}

function FeedSearch({ source }: { source: FeedSource }) {
  const query = useSearchQuery() ?? '';
  const { query: feedQuery, articles, partial } = useFeed(source.feedUrl);
  const offline = !feedQuery.data && feedQuery.fetchStatus === 'paused';
  const error = feedQuery.isError ? feedQuery.error : null;
  return (
    <SearchView
      key={source.feedUrl}
      query={query}
      articles={articles}
      link={source.link}
      ref={connectEntryList}
      // Until the whole first page is in, not only its first items.
      loading={(!feedQuery.data || partial) && !error && !offline}
      onLoadOlder={feedQuery.hasNextPage ? () => void feedQuery.fetchNextPage() : undefined}
      loadingOlder={feedQuery.isFetchingNextPage}
      notice={
        // The search page says "Loading articles…" in its own status line.
        <FeedStatus
          query={feedQuery}
          loading={false}
          onRetry={() => void (feedQuery.data ? feedQuery.fetchNextPage() : feedQuery.refetch())}
        />
      }
    />
  );
}

function RiverSearch() {
  const query = useSearchQuery() ?? '';
  const { river, older } = useRiverPages(useSubscriptions(), { readSoFar: true });
  return (
    <SearchView
      query={query}
      articles={river.read}
      link={(path) => path}
      ref={connectEntryList}
      loading={river.loaded === 0 && river.pending > 0}
      arriving={river.pending > 0 || river.partial}
      onLoadOlder={older.canRead ? () => void older.read() : undefined}
      loadingOlder={older.reading}
    />
  );
}
