import { entryKeyOf } from '../../../components/entry-elements';
import type { Article } from '../api/types';
import type { DayGroup } from '../utils/group-by-day';

/** A long list is laid out as rows: one for each day's heading, one for each entry. */
export type DayRow =
  | { kind: 'heading'; key: string; group: DayGroup; heading: number }
  | {
      kind: 'entry';
      key: string;
      group: DayGroup;
      /** The index of the row holding this entry's day heading. */
      heading: number;
      article: Article;
      /** The day's last entry, which has no rule under it. */
      dayEnd: boolean;
    };

export const headingKey = (day: string) => `h:${day}`;
export const entryKey = (id: string) => `e:${id}`;

export function dayRows(groups: readonly DayGroup[]): DayRow[] {
  const rows: DayRow[] = [];
  for (const group of groups) {
    const heading = rows.length;
    rows.push({ kind: 'heading', key: headingKey(group.key), group, heading });
    group.articles.forEach((article, index) => {
      const dayEnd = index === group.articles.length - 1;
      rows.push({
        kind: 'entry',
        key: entryKey(entryKeyOf(article)),
        group,
        heading,
        article,
        dayEnd,
      });
    });
  }
  return rows;
}

/** The entry rows just before and after the entry row at `index` (day headings skipped). */
function besideEntry(rows: readonly DayRow[], index: number): number[] {
  const beside: number[] = [];
  for (const step of [-1, 1]) {
    let next = index + step;
    if (rows[next]?.kind === 'heading') next += step;
    if (rows[next]) beside.push(next);
  }
  return beside;
}

/**
 * The rows to mount: those near the screen, the entry the reader is on (`kept`, -1 for none)
 * with its neighbours, so that focus stays put and j/k find the next entry in the document, and
 * the heading of every day with a row mounted, so each section keeps its real heading.
 */
export function rowsToMount(rows: readonly DayRow[], near: readonly number[], kept: number) {
  const mounted = new Set(near);
  if (rows[kept]) for (const index of [kept, ...besideEntry(rows, kept)]) mounted.add(index);
  for (const index of [...mounted]) {
    const row = rows[index];
    if (row) mounted.add(row.heading);
  }
  return [...mounted].sort((a, b) => a - b);
}
