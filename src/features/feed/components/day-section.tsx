import { memo } from 'react';
import type { ReactNode } from 'react';
import { entryKeyOf } from '../../../components/entry-elements';
import type { EntryElements } from '../../../components/entry-elements';
import type { Article } from '../api/types';
import type { EntryPictures } from '../hooks/use-entry-pictures';
import type { DayGroup } from '../utils/group-by-day';
import { ArticleEntry } from './article-entry';

/** What both kinds of day list (every entry, or only those near the screen) are given. */
export interface DayListProps {
  groups: DayGroup[];
  /** What the list's row sizes are remembered under (its feed, or the front page). */
  listId: string;
  link: (path: string) => string;
  renderFooter?: (article: Article) => ReactNode;
  renderBadges?: (article: Article) => ReactNode;
  /** The id of the list's current entry. */
  current?: string;
  entries: EntryElements;
  /** How each entry's picture loads. */
  pictures: EntryPictures;
}

/** One day's articles, labelled by the day's heading. */
export function DaySection({ group, children }: { group: DayGroup; children: ReactNode }) {
  return (
    <section className="day" aria-labelledby={`day-${group.key}`} data-day={group.key}>
      {children}
    </section>
  );
}

export function DayHeading({ group }: { group: DayGroup }) {
  return (
    <h2 id={`day-${group.key}`} className="day-heading">
      {group.date ? <time dateTime={group.date}>{group.label}</time> : group.label}
    </h2>
  );
}

type DayEntryProps = Pick<
  DayListProps,
  'link' | 'renderFooter' | 'renderBadges' | 'entries' | 'pictures'
> & {
  article: Article;
  current: boolean;
};

/**
 * An entry with the marks and footer other features put on it. Memoised: a new current entry
 * re-renders the two entries it concerns, not the list.
 */
export const DayEntry = memo(function DayEntry({
  article,
  renderFooter,
  renderBadges,
  pictures,
  ...props
}: DayEntryProps) {
  const picture = pictures.loadingOf(entryKeyOf(article));
  return (
    <ArticleEntry
      article={article}
      footer={renderFooter?.(article)}
      badges={renderBadges?.(article)}
      picture={picture}
      onPictureSettled={picture === 'first' ? pictures.settle : undefined}
      {...props}
    />
  );
});
