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

/** The reader's local month of an instant, as "YYYY-MM" (the same calendar as day headings). */
export function localMonth(iso: string): string {
  const date = new Date(iso);
  return monthOf(date.getFullYear(), date.getMonth() + 1).key;
}

/** A month from route parameters ("2019", "07"), or undefined when they name none. */
export function parseMonth(year: string | undefined, month: string | undefined): Month | undefined {
  if (!year || !month || !/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month)) return undefined;
  const number = Number(month);
  return number >= 1 && number <= 12 ? monthOf(Number(year), number) : undefined;
}

export function countByMonth(articles: readonly Dated[]): Archive {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const article of articles) {
    if (!article.published) {
      undated += 1;
      continue;
    }
    const key = localMonth(article.published);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const months = [...counts]
    .map(([key, count]) => ({ ...monthOf(Number(key.slice(0, 4)), Number(key.slice(5))), count }))
    .sort((a, b) => (a.key < b.key ? 1 : -1));
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

/** "July 2019", in the reader's language. */
export function monthName({ year, month }: Month): string {
  format ??= new Intl.DateTimeFormat(typeof navigator === 'undefined' ? 'en' : navigator.language, {
    month: 'long',
    year: 'numeric',
  });
  return format.format(new Date(year, month - 1, 1));
}
