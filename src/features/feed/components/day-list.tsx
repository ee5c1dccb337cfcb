import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { entryKeyOf } from '../../../components/entry-elements';
import { useFocusHandoff } from '../hooks/use-focus-handoff';
import { DayEntry, DayHeading, DaySection } from './day-section';
import type { DayListProps } from './day-section';

interface PlainDayListProps extends DayListProps {
  /** The list's element (which holds these sections). */
  list: RefObject<HTMLElement | null>;
  /** Called after each render with the list's element, to read the sizes it was laid out at. */
  onLayout?: (list: HTMLElement, listId: string) => void;
}

/** Every entry, under its day's heading: short lists, and long ones until the long list loads. */
export function DayList({
  groups,
  listId,
  list,
  onLayout,
  current,
  ...entryProps
}: PlainDayListProps) {
  useFocusHandoff(list);
  useLayoutEffect(() => {
    if (list.current) onLayout?.(list.current, listId);
  });
  return groups.map((group) => (
    <DaySection key={group.key} group={group}>
      <DayHeading group={group} />
      {group.articles.map((article) => (
        <DayEntry
          key={entryKeyOf(article)}
          article={article}
          current={entryKeyOf(article) === current}
          {...entryProps}
        />
      ))}
    </DaySection>
  ));
}
