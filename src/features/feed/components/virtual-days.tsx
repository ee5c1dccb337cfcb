import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Range, VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { entryKeyOf } from '../../../components/entry-elements';
import { positionToRestore } from '../../../components/scroll-restoration';
import { useFocusHandoff } from '../hooks/use-focus-handoff';
import { useKeptEntry } from '../hooks/use-kept-entry';
import { useListAnchor } from '../hooks/use-list-anchor';
import type { DayGroup } from '../utils/group-by-day';
import { dayRows, entryKey, rowsToMount } from './day-rows';
import type { DayRow } from './day-rows';
import { DayEntry, DayHeading, DaySection } from './day-section';
import type { DayListProps } from './day-section';
import { rememberSize, sizeOf, sizesOf } from './row-sizes';

export { rememberPlainSizes } from './row-sizes';

/** Rows mounted beyond each edge of the screen: a fast scroll rarely outruns them. */
const OVERSCAN = 6;

/** Where each list began in the document, by history entry, for the first render on going back. */
const listTops = new Map<string, number>();

type RowProps = Omit<DayListProps, 'groups' | 'listId' | 'current'> & {
  row: DayRow;
  index: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
  current: boolean;
};

/** A heading or an entry, placed by the virtualiser at its offset in the list. */
const VirtualRow = memo(function VirtualRow({
  row,
  index,
  top,
  measure,
  current,
  ...entry
}: RowProps) {
  return (
    <div
      ref={measure}
      data-index={index}
      className="virtual-row"
      data-day-end={row.kind === 'entry' && row.dayEnd ? '' : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      {row.kind === 'heading' ? (
        <DayHeading group={row.group} />
      ) : (
        <DayEntry article={row.article} current={current} {...entry} />
      )}
    </div>
  );
});

/** Consecutive mounted rows of one day, to render under one section. */
function bySection(items: VirtualItem[], rows: readonly DayRow[]) {
  const sections: { group: DayGroup; items: VirtualItem[] }[] = [];
  for (const item of items) {
    const group = rows[item.index]?.group;
    if (!group) continue;
    const last = sections.at(-1);
    if (last?.group === group) last.items.push(item);
    else sections.push({ group, items: [item] });
  }
  return sections;
}

/**
 * A long list: every day section and entry keeps its markup, but only the rows near the screen
 * are in the document. The list keeps its full height, so the page scrolls as if all were there.
 */
export function VirtualDays({ groups, listId, current, ...entry }: DayListProps) {
  const container = useRef<HTMLDivElement>(null);
  const { key } = useLocation();
  const rows = useMemo(() => dayRows(groups), [groups]);
  const sizes = sizesOf(listId);
  const keptId = useKeptEntry(container, current, entry.entries);
  const kept = useMemo(
    () => (keptId === undefined ? -1 : rows.findIndex((row) => row.key === entryKey(keptId))),
    [rows, keptId],
  );
  const [listTop, setListTop] = useState(() => listTops.get(key) ?? 0);

  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => rowsToMount(rows, defaultRangeExtractor(range), kept),
    [rows, kept],
  );
  const virtualizer = useWindowVirtualizer<HTMLElement>({
    count: rows.length,
    getItemKey,
    estimateSize: (index) => {
      const row = rows[index];
      return row ? sizeOf(sizes, row) : 0;
    },
    measureElement: (element: HTMLElement, resized, instance: Virtualizer<Window, HTMLElement>) => {
      const index = instance.indexFromElement(element);
      const row = rows[index];
      const height = resized?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
      if (row && rememberSize(sizes, row.key, height)) return height;
      return instance.options.estimateSize(index);
    },
    rangeExtractor,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    // Going back renders the rows at the position about to be restored, in the same commit.
    initialOffset: () => positionToRestore(key) ?? window.scrollY,
    // The window is measured only after mounting: the first render has rows to show already.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  const height = virtualizer.getTotalSize();
  useFocusHandoff(container);
  // What is above the list (notices, the page's head) can change height, and does when text
  // reflows (a new width, another text size), which remeasures the rows: follow it.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    listTops.set(key, top);
    if (Math.abs(top - listTop) >= 1) setListTop(top);
  }, [key, listTop, groups, height]);

  useListAnchor(virtualizer, container, rows);

  return (
    <div ref={container} className="virtual-days" style={{ height }}>
      {bySection(virtualizer.getVirtualItems(), rows).map(({ group, items }) => (
        <DaySection key={group.key} group={group}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              row && (
                <VirtualRow
                  key={row.key}
                  row={row}
                  index={item.index}
                  top={item.start - listTop}
                  measure={virtualizer.measureElement}
                  current={row.kind === 'entry' && entryKeyOf(row.article) === current}
                  {...entry}
                />
              )
            );
          })}
        </DaySection>
      ))}
    </div>
  );
}
