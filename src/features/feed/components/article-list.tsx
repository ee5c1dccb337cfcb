import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';
import { EntryList } from './entry-list';
import type { EntryListProps } from './entry-list';
import { FeedStatus } from './feed-status';

interface ArticleListProps extends EntryListProps {
  source: FeedSource;
  /** List from every page of the feed (an archive month), not only the pages read so far. */
  wholeFeed?: boolean;
}

/** One feed's articles grouped under day headings, with "Older posts" reading its next page. */
export function ArticleList({ source, wholeFeed, ...props }: ArticleListProps) {
  const { query, listed, articles, skipped, missingItems, canReadOlder, partial } = useFeed(
    source.feedUrl,
    wholeFeed,
  );
  if (!query.data || !listed) {
    // Until its first pages are listed, the feed is still loading, whatever the query says.
    const state = query.data
      ? { data: undefined, error: null, fetchStatus: 'fetching' as const }
      : query;
    return <FeedStatus query={state} onRetry={() => void query.refetch()} />;
  }
  const older = {
    canRead: canReadOlder,
    reading: query.isFetchingNextPage,
    error: query.isFetchNextPageError ? query.error : null,
    read: () => query.fetchNextPage(),
  };
  const rest = partial
    ? {
        query: { error: query.error, fetchStatus: query.fetchStatus },
        retry: () => void query.refetch(),
      }
    : undefined;
  return (
    <EntryList
      listed={{ id: source.feedUrl, articles, skipped, missingItems, older, rest }}
      link={source.link}
      {...props}
    />
  );
}
