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

/** Newest first; items without a date keep their feed order at the end. */
export function sortNewestFirst(articles: Article[]): Article[] {
  return articles
    .map((article, index) => ({ article, index, time: timeOf(article) }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.time);
      const bDated = !Number.isNaN(b.time);
      if (aDated && bDated && a.time !== b.time) return b.time - a.time;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ article }) => article);
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
