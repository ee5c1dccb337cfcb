import { localDayKey } from '../../../lib/dates';
import { readableTime } from '../../../lib/parse-date';

/** What the archive needs of an article: when it was published. */
export interface Dated {
  published?: string;
}

export interface Month {
  /** "2019-07" */
  key: string;
  year: number;
  /** 1–12 */
  month: number;
}

export interface MonthCount extends Month {
  count: number;
}

export interface Archive {
  /** Months with articles, newest first. */
  months: MonthCount[];
  /** Articles without a readable date, which belong to no month. */
  undated: number;
}

function monthOf(year: number, month: number): Month {
  return { key: `${year}-${String(month).padStart(2, '0')}`, year, month };
}

/** The reader's local month of a readable date (see lib/dates), or undefined for any other. */
function monthOfDate(iso: string): Month | undefined {
  if (readableTime(iso) === undefined) return undefined;
  const [year = '', month = ''] = localDayKey(iso).split('-');
  return monthOf(Number(year), Number(month));
}

/** The reader's local month of an instant, as "YYYY-MM" (the same calendar as day headings). */
export function localMonth(iso: string): string | undefined {
  return monthOfDate(iso)?.key;
}

/** A month from route parameters ("2019", "07"), or undefined when they name none. */
export function parseMonth(year: string | undefined, month: string | undefined): Month | undefined {
  if (!year || !month || !/^[1-9]\d{3}$/.test(year) || !/^\d{1,2}$/.test(month)) return undefined;
  const number = Number(month);
  return number >= 1 && number <= 12 ? monthOf(Number(year), number) : undefined;
}

export function countByMonth(articles: readonly Dated[]): Archive {
  const counts = new Map<string, MonthCount>();
  let undated = 0;
  for (const article of articles) {
    const month = article.published ? monthOfDate(article.published) : undefined;
    if (!month) {
      undated += 1;
      continue;
    }
    const entry = counts.get(month.key);
    if (entry) entry.count += 1;
    else counts.set(month.key, { ...month, count: 1 });
  }
  const months = [...counts.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
  return { months, undated };
}

/** The nearest months either side of `key` that have articles (it need not have any itself). */
export function neighbours(months: readonly MonthCount[], key: string) {
  return {
    newer: months.findLast((month) => month.key > key),
    older: months.find((month) => month.key < key),
  };
}

export function byYear(months: readonly MonthCount[]): { year: number; months: MonthCount[] }[] {
  const years: { year: number; months: MonthCount[] }[] = [];
  for (const month of months) {
    const last = years.at(-1);
    if (last?.year === month.year) last.months.push(month);
    else years.push({ year: month.year, months: [month] });
  }
  return years;
}

let format: Intl.DateTimeFormat | undefined;

/**
 * "July 2019", in the reader's language: a month of the Gregorian calendar, which the archive
 * goes by, also where the language's own calendar is another (Persian's, whose months begin
 * some three weeks into the Gregorian ones).
 */
export function monthName({ year, month }: Month): string {
  format ??= new Intl.DateTimeFormat(typeof navigator === 'undefined' ? 'en' : navigator.language, {
    month: 'long',
    year: 'numeric',
    calendar: 'gregory',
  });
  // setFullYear, since `new Date(year, …)` reads years below 100 as 19xx.
  const date = new Date(2000, month - 1, 1);
  date.setFullYear(year);
  return Number.isNaN(date.getTime()) ? `${year}-${month}` : format.format(date);
}
