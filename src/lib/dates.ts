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

/** "Sunday, June 30, 2019" */
export function formatLongDate(iso: string): string {
  return formatter({ dateStyle: 'full' }).format(new Date(iso));
}

/** "June 30, 2019" */
export function formatDate(iso: string): string {
  return formatter({ dateStyle: 'long' }).format(new Date(iso));
}

/** "10:42 AM" */
export function formatTime(iso: string): string {
  return formatter({ timeStyle: 'short' }).format(new Date(iso));
}

/** "Sunday, June 30, 2019 at 10:42 AM" */
export function formatDateTime(iso: string): string {
  return formatter({ dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDayKey(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
