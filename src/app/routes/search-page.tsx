import { FeedError } from '../../features/feed/components/feed-error';
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
        offline ? (
          <p role="status" className="notice">
            You are offline, and this feed has not been saved for offline reading yet.
          </p>
        ) : error ? (
          <FeedError
            title={
              feedQuery.data ? 'Older posts could not be loaded.' : 'This feed could not be loaded.'
            }
            error={error}
            onRetry={() => void (feedQuery.data ? feedQuery.fetchNextPage() : feedQuery.refetch())}
          />
        ) : undefined
      }
    />
  );
}
