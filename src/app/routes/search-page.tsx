import { FeedStatus } from '../../features/feed/components/feed-status';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { SearchView } from '../../features/search/components/search-view';
import { useSearchQuery } from '../../features/search/hooks/use-search-query';

/** Search over every article loaded so far; older pages are read on request. */
export function SearchPage() {
  const source = useFeedSource();
  const query = useSearchQuery() ?? '';
  const { query: feedQuery, articles } = useFeed(source.feedUrl);
  const offline = !feedQuery.data && feedQuery.fetchStatus === 'paused';
  const error = feedQuery.isError ? feedQuery.error : null;
  return (
    <SearchView
      key={source.feedUrl}
      query={query}
      articles={articles}
      link={source.link}
      loading={!feedQuery.data && !error && !offline}
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
