import { entryKey, headingKey } from './day-rows';
import type { DayRow } from './day-rows';

/** Heights a row is taken to have before any like it has been measured, in CSS pixels. */
const FIRST_GUESS = { heading: 64, entry: 200 };
/** Window widths remembered per feed: text wraps differently at each. */
const WIDTHS_KEPT = 4;

interface Sizes {
  /** Measured heights by row key. */
  rows: Map<string, number>;
  /** What a row not yet measured is taken to be, fixed when first asked. */
  guess?: Record<DayRow['kind'], number>;
}

const remembered = new Map<string, Sizes>();

/**
 * The measured heights of a feed's list rows at this window width. They outlive the list, so
 * that going back to it lays every row out where it was and the saved scroll position lands on
 * the same entries.
 */
export function sizesOf(listId: string): Sizes {
  const key = `${window.innerWidth} ${listId}`;
  let sizes = remembered.get(key);
  if (!sizes) {
    sizes = { rows: new Map() };
    remembered.set(key, sizes);
    const oldest = remembered.keys().next().value;
    if (remembered.size > WIDTHS_KEPT && oldest !== undefined) remembered.delete(oldest);
  }
  return sizes;
}

function mean(values: number[]): number | undefined {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
}

/**
 * A row's height: measured, or else the mean of those measured so far. The mean is fixed the
 * first time it is asked for, because rows laid out on a guess must keep their places when the
 * reader comes back, or the saved scroll position would point at other entries.
 */
export function sizeOf(sizes: Sizes, row: DayRow): number {
  const measured = sizes.rows.get(row.key);
  if (measured !== undefined) return measured;
  if (!sizes.guess) {
    const heights = (prefix: string) =>
      [...sizes.rows].filter(([key]) => key.startsWith(prefix)).map(([, height]) => height);
    sizes.guess = {
      heading: mean(heights(headingKey(''))) ?? FIRST_GUESS.heading,
      entry: mean(heights(entryKey(''))) ?? FIRST_GUESS.entry,
    };
  }
  return sizes.guess[row.kind];
}

/** Keeps a measured height; a row is never 0 high where there is layout (jsdom has none). */
export function rememberSize(sizes: Sizes, key: string, height: number): boolean {
  if (!(height > 0)) return false;
  sizes.rows.set(key, height);
  return true;
}

const marginOf = (element: Element, side: 'marginTop' | 'marginBottom') =>
  parseFloat(getComputedStyle(element)[side]) || 0;

/**
 * Reads the heights the plain list was laid out at (a heading row spans the day's gap above it
 * and the space under the heading), so that the long list replacing it puts every row where it
 * was and nothing moves under the reader.
 */
export function rememberPlainSizes(list: HTMLElement, listId: string) {
  const sizes = sizesOf(listId);
  for (const section of list.querySelectorAll<HTMLElement>(':scope > section[data-day]')) {
    const heading = section.querySelector(':scope > h2');
    if (heading && section.dataset.day !== undefined) {
      const gaps = marginOf(section, 'marginTop') + marginOf(heading, 'marginBottom');
      const height = heading.getBoundingClientRect().height;
      rememberSize(sizes, headingKey(section.dataset.day), height && height + gaps);
    }
    for (const entry of section.querySelectorAll<HTMLElement>(':scope > [data-entry]')) {
      if (entry.dataset.entry !== undefined)
        rememberSize(sizes, entryKey(entry.dataset.entry), entry.getBoundingClientRect().height);
    }
  }
}
