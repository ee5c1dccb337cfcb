const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

let format: Intl.RelativeTimeFormat | undefined;

/** "5 minutes ago", "yesterday", "just now": in the reader's language. */
export function relativeTime(iso: string, now = Date.now()): string {
  format ??= new Intl.RelativeTimeFormat(
    typeof navigator === 'undefined' ? undefined : navigator.language,
    { numeric: 'auto' },
  );
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
