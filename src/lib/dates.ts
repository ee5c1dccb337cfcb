/** Dates in the reader's own locale and time zone. */
function locale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
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

/** A day a feed gave with no time of day ("2005-12-27", see lib/parse-date): the same everywhere. */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date names a moment, not a day alone. */
export function hasTimeOfDay(iso: string): boolean {
  return !CALENDAR_DAY.test(iso);
}

/**
 * Formats a date, or gives back the text as it was when it names no date. A day alone is
 * written as that day, wherever the reader is, and has no time to show.
 */
function format(options: Intl.DateTimeFormatOptions, iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  if (hasTimeOfDay(iso)) return formatter(options).format(time);
  const { dateStyle } = options;
  return dateStyle ? formatter({ dateStyle, timeZone: 'UTC' }).format(time) : '';
}

/**
 * Makes the formats lists use ready ahead of them: the first one made wakes the locale's tables,
 * some tens of milliseconds better spent while a feed is downloading than while it renders.
 */
export function prepareDateFormats(): void {
  formatLongDate('2019-06-30T12:00:00Z');
  formatTime('2019-06-30T12:00:00Z');
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
  if (!hasTimeOfDay(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'undated';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
