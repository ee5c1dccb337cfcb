/** Dates in the reader's own locale and time zone. */
function locale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/**
 * The instants a feed's dates may name: the years 1000 to 9999, a day short at either end so that
 * the year has four digits in every time zone. Outside them a date is treated as unreadable: year
 * 201 is a typo, and year 275760 is the last instant a Date can hold, not a publication date.
 */
const EARLIEST = Date.UTC(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30, 23, 59, 59, 999);

/** Milliseconds since the epoch of a readable date in range, or undefined. */
export function readableTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return time >= EARLIEST && time <= LATEST ? time : undefined;
}

/** RFC 3339 and the looser dates real feeds publish, as an ISO string; undefined when unreadable. */
export function parseDate(value: string | undefined): string | undefined {
  const time = readableTime(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), options);
    formatters.set(key, format);
  }
  return format;
}

/** Formats a date, or gives back the text as it was when it names no date. */
function format(options: Intl.DateTimeFormatOptions, iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatter(options).format(time);
}

/** "Sunday, June 30, 2019" */
export function formatLongDate(iso: string): string {
  return format({ dateStyle: 'full' }, iso);
}

/** "June 30, 2019" */
export function formatDate(iso: string): string {
  return format({ dateStyle: 'long' }, iso);
}

/** "10:42 AM" */
export function formatTime(iso: string): string {
  return format({ timeStyle: 'short' }, iso);
}

/** "Sunday, June 30, 2019 at 10:42 AM" */
export function formatDateTime(iso: string): string {
  return format({ dateStyle: 'full', timeStyle: 'short' }, iso);
}

/** The local calendar day of an instant, as YYYY-MM-DD ("undated" when it names none). */
export function localDayKey(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'undated';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
