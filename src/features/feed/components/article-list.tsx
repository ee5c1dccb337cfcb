import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useHistoryState } from '../../../lib/history-state';
import { plural } from '../../../lib/plural';
import type { Article } from '../api/types';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';
import { groupByDay, sortNewestFirst } from '../utils/group-by-day';
import { ArticleEntry } from './article-entry';
import { FeedError } from './feed-error';

/** Entries added to the page at a time, so even a 3,000-item feed puts little in the DOM. */
export const LIST_STEP = 25;

interface ArticleListProps {
  source: FeedSource;
  /** Only articles that pass this filter are listed (a tag page). */
  filter?: (article: Article) => boolean;
  /** What to say when nothing passes the filter. */
  emptyMessage?: string;
  renderFooter?: (article: Article) => ReactNode;
  /** Marks beside each title ("New", "Read"), from the app. */
  renderBadges?: (article: Article) => ReactNode;
}

/** Articles grouped under day headings, newest first, with "Older posts" at the end. */
export function ArticleList({
  source,
  filter,
  emptyMessage,
  renderFooter,
  renderBadges,
}: ArticleListProps) {
  const { query, articles, skipped, missingItems } = useFeed(source.feedUrl);
  const [shown, setShown] = useHistoryState('shown', LIST_STEP);
  const matching = useMemo(
    () => sortNewestFirst(filter ? articles.filter(filter) : articles),
    [articles, filter],
  );
  const groups = useMemo(() => groupByDay(matching.slice(0, shown)), [matching, shown]);

  if (!query.data && query.fetchStatus === 'paused') {
    return (
      <p role="status" className="notice">
        You are offline, and this feed has not been saved for offline reading yet.
      </p>
    );
  }
  if (!query.data) {
    return query.isError ? (
      <FeedError error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <p role="status" className="loading">
        Loading articles…
      </p>
    );
  }

  const hasMoreLoaded = matching.length > shown;
  const canLoadMore = hasMoreLoaded || query.hasNextPage;

  const showOlder = async () => {
    if (!hasMoreLoaded && query.hasNextPage) await query.fetchNextPage();
    setShown(shown + LIST_STEP);
  };

  return (
    <div className="article-list">
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
      {groups.map((group) => (
        <section key={group.key} className="day" aria-labelledby={`day-${group.key}`}>
          <h2 id={`day-${group.key}`} className="day-heading">
            {group.date ? <time dateTime={group.date}>{group.label}</time> : group.label}
          </h2>
          {group.articles.map((article) => (
            <ArticleEntry
              key={article.id}
              article={article}
              link={source.link}
              footer={renderFooter?.(article)}
              badges={renderBadges?.(article)}
            />
          ))}
        </section>
      ))}
      <div className="list-end">
        {query.isFetchNextPageError ? (
          <FeedError
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
