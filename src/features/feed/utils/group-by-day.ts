import { formatLongDate, localDayKey } from '../../../lib/dates';
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

/** When the article was published, in milliseconds; NaN when it has no readable date. */
export function timeOf(article: Article): number {
  let time = times.get(article);
  if (time === undefined) {
    time = article.published ? Date.parse(article.published) : NaN;
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

/** Groups articles (already in display order) under the local day they were published. */
export function groupByDay(articles: Article[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const article of articles) {
    const key = article.published ? localDayKey(article.published) : 'undated';
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = {
        key,
        label: article.published ? formatLongDate(article.published) : 'Undated',
        date: article.published && key,
        articles: [],
      };
      groups.push(group);
    }
    group.articles.push(article);
  }
  return groups;
}
