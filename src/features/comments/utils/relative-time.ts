const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

let format: Intl.RelativeTimeFormat | undefined;
/** "3 days ago" by value and unit: a long thread repeats a few phrases hundreds of times. */
const phrases = new Map<string, string>();

function phrase(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const key = `${value} ${unit}`;
  let text = phrases.get(key);
  if (text === undefined) {
    format ??= new Intl.RelativeTimeFormat(
      typeof navigator === 'undefined' ? undefined : navigator.language,
      { numeric: 'auto' },
    );
    text = format.format(value, unit);
    phrases.set(key, text);
  }
  return text;
}

/** "5 minutes ago", "yesterday", "just now": in the reader's language. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return phrase(Math.trunc(seconds / size), unit);
  }
  return phrase(0, 'second');
}
