import { formatLongDate, hasTimeOfDay, localDayKey } from '../../../lib/dates';
import type { Article } from '../api/types';

export interface DayGroup {
  key: string;
  /** "Sunday, June 30, 2019", or "Undated" for items without a readable date. */
  label: string;
  date?: string;
  articles: Article[];
}

/** Each article's time, read once: a list of many feeds is sorted again as each arrives. */
const times = new WeakMap<Article, number>();

/**
 * When the article was published, in milliseconds, or for an undated one, first listed (`seen`);
 * NaN when it has neither.
 */
export function timeOf(article: Article): number {
  let time = times.get(article);
  if (time === undefined) {
    const date = placedAt(article);
    // A day alone is that day where the reader is (localDayKey), from its start: not UTC's.
    time = date ? Date.parse(hasTimeOfDay(date) ? date : `${date}T00:00`) : NaN;
    times.set(article, time);
  }
  return time;
}

/**
 * Newest first; items without a date keep their feed order at the end. Sorts positions, not
 * objects made for the purpose: a river of thousands is sorted again as each feed changes, and
 * that garbage, collected in the middle of a refresh, made tasks long.
 */
export function sortNewestFirst(articles: Article[]): Article[] {
  const times = Float64Array.from(articles, timeOf);
  const order = Uint32Array.from(articles.keys()).sort((a, b) => {
    const aTime = times[a] ?? NaN;
    const bTime = times[b] ?? NaN;
    const aDated = !Number.isNaN(aTime);
    const bDated = !Number.isNaN(bTime);
    if (aDated && bDated && aTime !== bTime) return bTime - aTime;
    if (aDated !== bDated) return aDated ? -1 : 1;
    return a - b;
  });
  const sorted: Article[] = [];
  for (const index of order) {
    const article = articles[index];
    if (article) sorted.push(article);
  }
  return sorted;
}

/** The date a list places an article by: its own, else when it was first listed. */
function placedAt(article: Article): string | undefined {
  return article.published ?? article.seen;
}

/**
 * Groups articles (already in display order) under the local day they were published, or for
 * an undated one, first listed.
 */
export function groupByDay(articles: Article[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const article of articles) {
    const date = placedAt(article);
    const key = date ? localDayKey(date) : 'undated';
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = {
        key,
        label: date ? formatLongDate(date) : 'Undated',
        date: date && key,
        articles: [],
      };
      groups.push(group);
    }
    group.articles.push(article);
  }
  return groups;
}
