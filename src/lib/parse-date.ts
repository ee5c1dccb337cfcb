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
  const text = plainDate(value);
  let time = Date.parse(text);
  if (Number.isNaN(time) || MISREAD.test(text)) time = Date.parse(rewritten(text));
  return time >= EARLIEST && time <= LATEST ? time : undefined;
}

/**
 * A date written inside markup, as Drupal does (`<time datetime="2019-05-03T19:21:28Z">Fri,
 * 05/03/2019 - 15:21</time>`): the machine-readable value, else the text.
 */
function plainDate(value: string): string {
  if (!value.includes('<')) return value.trim();
  const attribute = /\bdatetime\s*=\s*["']([^"']+)["']/i.exec(value);
  return (attribute?.[1] ?? value.replace(/<[^>]*>/g, '')).trim();
}

/**
 * Time zones feeds name by abbreviation that Date.parse does not know (it knows GMT, UT, UTC, Z
 * and the North American ones). IST is India's, the one news feeds mean most.
 */
const ZONES: Record<string, string> = {
  WET: '+0000',
  BST: '+0100',
  CET: '+0100',
  MET: '+0100',
  WEST: '+0100',
  CEST: '+0200',
  MEST: '+0200',
  EET: '+0200',
  SAST: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  IST: '+0530',
  ICT: '+0700',
  WIB: '+0700',
  HKT: '+0800',
  SGT: '+0800',
  PHT: '+0800',
  AWST: '+0800',
  JST: '+0900',
  KST: '+0900',
  ACST: '+0930',
  ACDT: '+1030',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  BRT: '-0300',
  ART: '-0300',
  AST: '-0400',
  ADT: '-0300',
  NST: '-0330',
  NDT: '-0230',
  AKST: '-0900',
  AKDT: '-0800',
  HST: '-1000',
};

/** Dates Date.parse reads wrongly: "1.2.2020" as January, "03 Apr 02 1500 GMT" at midnight. */
const MISREAD = /^\d{1,2}\.\d{1,2}\.|^(?:[^\s\d,]+,?\s+)?\d{1,2}\s+\S+\s+\d{2,4}\s+\d{4}(?:\s|$)/;

/** The looser ways feeds write a date, rewritten in a form Date.parse reads. */
function rewritten(value: string): string {
  // Day first, with dots: "22.11.2022 12:16:00", a time of the site's own (read as local).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    value,
  );
  if (dotted) {
    const [, day, month, year, hours = '0', minutes = '0', seconds = '0'] = dotted;
    const two = (part: string) => part.padStart(2, '0');
    return `${year}-${two(month ?? '')}-${two(day ?? '')}T${two(hours)}:${two(minutes)}:${two(seconds)}`;
  }
  return (
    englishRfc822(value)
      // A time without its colon: "03 Apr 02 1500 GMT".
      .replace(/^((?:[^\s\d,]+,?\s+)?\d{1,2}\s+\S+\s+\d{2,4}\s+)(\d{2})(\d{2})(?=\s|$)/, '$1$2:$3')
      // A zone by name, or by hours alone ("+02").
      .replace(/\s([A-Za-z]{3,4})$/, (zone, name: string) => {
        const offset = ZONES[name.toUpperCase()];
        return offset ? ` ${offset}` : zone;
      })
      .replace(/\s([+-]\d{2})$/, ' $100')
  );
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
