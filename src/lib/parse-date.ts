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
  let time = Date.parse(value.trim());
  if (Number.isNaN(time)) time = Date.parse(englishRfc822(value));
  return time >= EARLIEST && time <= LATEST ? time : undefined;
}

/** Month abbreviations feeds write in their own language ("Seg, 24 Set 2018 19:42:40 -0300"). */
const MONTHS: Record<string, string> = Object.fromEntries(
  [
    ['jan', 'ene', 'gen', 'janv', 'jän'],
    ['feb', 'fev', 'fév', 'févr', 'febr'],
    ['mar', 'mär', 'mars', 'märz', 'mrt'],
    ['apr', 'abr', 'avr', 'avril'],
    ['may', 'mai', 'mag', 'mei', 'mayo', 'maio'],
    ['jun', 'juin', 'giu', 'juni', 'junio', 'junho'],
    ['jul', 'juil', 'lug', 'juli', 'julio', 'julho'],
    ['aug', 'ago', 'août', 'aout', 'agosto'],
    ['sep', 'set', 'sept'],
    ['oct', 'out', 'okt', 'ott'],
    ['nov'],
    ['dec', 'dez', 'dic', 'déc', 'dezembro'],
  ].flatMap((names) => names.map((name) => [name, names[0] ?? name])),
);

/** An RFC 822 date with a localised day and month, written with the English month. */
function englishRfc822(value: string): string {
  const match = /^\s*(?:[^\s,\d]+,?\s+)?(\d{1,2})\s+([^\s\d.]+)\.?\s+(\d{2,4})\s+(.*)$/u.exec(
    value.slice(0, 100),
  );
  const month = match?.[2] && MONTHS[match[2].toLowerCase()];
  return match && month ? `${match[1]} ${month} ${match[3]} ${match[4]}` : value;
}

/** RFC 3339 and the looser dates real feeds publish, as an ISO string; undefined when unreadable. */
export function parseDate(value: string | undefined): string | undefined {
  const time = readableTime(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}
