import { useQueries } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { ErrorNotice } from '../../components/load-status';
import { PageHeading } from '../../components/page-heading';
import { MonthList } from '../../features/archive/components/month-list';
import { countByMonth } from '../../features/archive/utils/months';
import type { Month } from '../../features/archive/utils/months';
import { allPagesQuery } from '../../features/feed/api/queries';
import type { Article, FeedPage } from '../../features/feed/api/types';
import { EntryList } from '../../features/feed/components/entry-list';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { riverBadges, riverFooter } from '../river/river-slots';
import { plural } from '../../lib/plural';
import { unshared } from '../../lib/query-client';
import { mergeArticles } from '../river/river-articles';
import type { RiverPage } from '../river/river-articles';
import { connectEntryList } from '../shortcut-targets';
import { ArchiveMonthPage } from './archive-month-page';

const link = (path: string) => path;

/**
 * The archive of every subscription: each feed read as far as its archive would be (every page,
 * up to the walk's limit; most feeds have one), months counted over all of them.
 */
function useRiverArchive() {
  const subscriptions = useSubscriptions();
  // The walks counted last, and their articles: counted and listed again only when a feed's
  // pages change, not as each request starts or ends.
  const merged = useRef<{ feeds: unknown; walks: unknown[]; articles: Article[] }>({
    feeds: undefined,
    walks: [],
    articles: [],
  });
  const whole = useQueries({
    queries: subscriptions.map((feed) => allPagesQuery(feed.feedUrl)),
    combine: (results) => {
      const walks = results.map((result) => result.data);
      const last = merged.current;
      const same =
        last.feeds === subscriptions &&
        last.walks.length === walks.length &&
        last.walks.every((walk, i) => walk === walks[i]);
      if (!same) {
        // Each post once, as the front page lists it: two feeds may carry it (RSS and Atom).
        const shown: RiverPage[] = [];
        const pages: FeedPage[] = [];
        walks.forEach((walk, index) => {
          const subscription = subscriptions[index];
          walk?.pages.forEach((page, at) => {
            if (!subscription) return;
            shown.push({ subscription, first: at === 0 });
            pages.push(page);
          });
        });
        merged.current = { feeds: subscriptions, walks, articles: mergeArticles(shown, pages) };
      }
      return unshared({
        articles: merged.current.articles,
        reading: results.some((result) => result.isFetching),
        // The first feed that could not be read as far as it goes, and a way to try again.
        failed: results
          .map((result, index) => ({ result, title: subscriptions[index]?.title }))
          .filter(({ result }) => result.error)
          .map(({ result, title }) => ({
            error: result.error as Error,
            // Which feed, where the archive has several.
            title: subscriptions.length > 1 ? title : undefined,
            retry: () => void result.refetch(),
          }))[0],
      });
    },
  }).value;
  const { articles } = whole;
  const archive = useMemo(() => countByMonth(articles), [articles]);
  let text = '';
  if (whole.reading) text = 'Loading older posts…';
  else if (archive.undated > 0) {
    text = plural(archive.undated, {
      one: '# undated article is not listed.',
      other: '# undated articles are not listed.',
    });
  }
  const { failed } = whole;
  const failure = failed && (
    <ErrorNotice
      title={`Older posts${failed.title ? ` of ${failed.title}` : ''} could not be loaded.`}
      error={failed.error}
      onRetry={failed.retry}
    />
  );
  const said = (
    <p role="status" className="muted archive-status">
      {text}
    </p>
  );
  const status = (
    <>
      {said}
      {failure}
    </>
  );
  return { articles, archive, status, said, failure, reading: whole.reading };
}

export function RiverArchiveIndex() {
  const { archive, said, failure, reading } = useRiverArchive();
  useDocumentTitle('Archive · Broadsheet');
  return (
    <>
      <PageHeading className="page-title">Archive</PageHeading>
      {said}
      <MonthList months={archive.months} link={link} />
      {/* Below the months: told once a feed's walk has failed, it moves none of them. */}
      {failure}
      {!reading && archive.months.length === 0 && (
        <p className="notice">The feeds you follow have no dated articles.</p>
      )}
    </>
  );
}

export function RiverArchiveMonth({ month }: { month: Month }) {
  const { articles, archive, status } = useRiverArchive();
  return (
    <ArchiveMonthPage
      month={month}
      archive={archive}
      status={status}
      link={link}
      list={(filter, emptyMessage) =>
        articles.length > 0 && (
          <EntryList
            ref={connectEntryList}
            listed={{ id: `river month ${month.key}`, articles, skipped: 0, missingItems: false }}
            link={link}
            filter={filter}
            emptyMessage={emptyMessage}
            renderFooter={riverFooter}
            renderBadges={riverBadges}
          />
        )
      }
    />
  );
}
