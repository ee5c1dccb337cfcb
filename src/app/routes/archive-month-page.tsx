import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { MonthList } from '../../features/archive/components/month-list';
import { MonthNav } from '../../features/archive/components/month-nav';
import { localMonth, monthName, neighbours } from '../../features/archive/utils/months';
import type { Archive, Month } from '../../features/archive/utils/months';
import type { Article } from '../../features/feed/api/types';

interface ArchiveMonthPageProps {
  month: Month;
  archive: Archive;
  /** What is said while the feeds are read, and their errors. */
  status: ReactNode;
  link: (path: string) => string;
  /** The month's articles, given the filter that picks them and what to say of none. */
  list: (filter: (article: Article) => boolean, emptyMessage: string) => ReactNode;
}

/** `/archive/:year/:month`, of one feed or of every subscription: the month's articles. */
export function ArchiveMonthPage({ month, archive, status, link, list }: ArchiveMonthPageProps) {
  const name = monthName(month);
  const { older, newer } = neighbours(archive.months, month.key);
  const filter = useCallback(
    (article: Article) =>
      article.published !== undefined && localMonth(article.published) === month.key,
    [month.key],
  );
  useDocumentTitle(`${name} · Archive · Broadsheet`);
  return (
    <>
      <p className="page-kicker">Archive</p>
      <PageHeading className="page-title">{name}</PageHeading>
      <MonthNav older={older} newer={newer} link={link} />
      {status}
      {list(filter, `No loaded articles were published in ${name}.`)}
      <section className="archive-months" aria-labelledby="archive-months">
        <h2 id="archive-months">All months</h2>
        <MonthList months={archive.months} link={link} current={month.key} level={3} />
      </section>
    </>
  );
}
