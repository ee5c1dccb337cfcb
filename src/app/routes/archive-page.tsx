import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { plural } from '../../lib/plural';
import { MonthList } from '../../features/archive/components/month-list';
import { countByMonth, parseMonth } from '../../features/archive/utils/months';
import type { Month } from '../../features/archive/utils/months';
import { allPagesQuery } from '../../features/feed/api/queries';
import { ArticleList } from '../../features/feed/components/article-list';
import { FeedStatus } from '../../features/feed/components/feed-status';
import { articlesOf } from '../../features/feed/utils/articles-of';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import type { FeedSource } from '../../features/feed/hooks/use-feed-source';
import { renderCommentCount } from '../comment-slots';
import { connectEntryList } from '../shortcut-targets';
import { ArchiveMonthPage } from './archive-month-page';
import { NotFoundPage } from './not-found-page';
import { RiverArchiveIndex, RiverArchiveMonth } from './river-archive';

/**
 * `/archive`: months with their counts; `/archive/:year/:month`: one month's articles. Of every
 * subscription, or with `?feed=` of that feed (every page of it).
 */
export function ArchivePage() {
  const params = useParams();
  const source = useFeedSource();
  const every = source.feedParam === null;
  if (params.year === undefined) {
    return every ? <RiverArchiveIndex /> : <ArchiveIndex source={source} />;
  }
  const month = parseMonth(params.year, params.month);
  if (!month) return <NotFoundPage />;
  if (every) return <RiverArchiveMonth key={month.key} month={month} />;
  return <ArchiveMonth key={`${source.feedUrl} ${month.key}`} source={source} month={month} />;
}

function ArchiveIndex({ source }: { source: FeedSource }) {
  const { archive, said, feedStatus, complete } = useArchive(source, true);
  useDocumentTitle('Archive · Broadsheet');
  return (
    <>
      <PageHeading className="page-title">Archive</PageHeading>
      {said}
      <MonthList months={archive.months} link={source.link} />
      {/* Below the months: an older page that failed, told once they are listed, moves none. */}
      {feedStatus}
      {complete && archive.months.length === 0 && (
        <p className="notice">This feed has no dated articles.</p>
      )}
    </>
  );
}

function ArchiveMonth({ source, month }: { source: FeedSource; month: Month }) {
  // The article list below reports loading and load errors of the feed itself.
  const { archive, status } = useArchive(source, false);
  return (
    <ArchiveMonthPage
      month={month}
      archive={archive}
      status={status}
      link={source.link}
      list={(filter, emptyMessage) => (
        <ArticleList
          ref={connectEntryList}
          source={source}
          filter={filter}
          wholeFeed
          emptyMessage={emptyMessage}
          renderFooter={(article) => renderCommentCount(article, source)}
        />
      )}
    />
  );
}

/** Counts by month over the whole feed, and what to say while it is read. */
function useArchive(source: FeedSource, reportFeedStatus: boolean) {
  const query = useQuery(allPagesQuery(source.feedUrl));
  const pages = query.data?.pages;
  const archive = useMemo(() => countByMonth(articlesOf(pages ?? [])), [pages]);
  const partial = query.data?.partial ?? true;
  let text = '';
  if (query.data && partial && query.fetchStatus === 'fetching') text = 'Loading older posts…';
  else if (archive.undated > 0) {
    text = plural(archive.undated, {
      one: '# undated article is not listed.',
      other: '# undated articles are not listed.',
    });
  }
  const said = (
    <>
      <p role="status" className="muted archive-status">
        {text}
      </p>
      {query.data?.truncated && (
        <p className="notice">Counts cover the newest {pages?.length} pages of this feed.</p>
      )}
    </>
  );
  // Where the article list is shown, it reports the first page's loading and errors.
  const feedStatus = (reportFeedStatus || query.data) && (
    <FeedStatus query={query} onRetry={() => void query.refetch()} />
  );
  const status = (
    <>
      {said}
      {feedStatus}
    </>
  );
  return { archive, status, said, feedStatus, complete: !partial };
}
