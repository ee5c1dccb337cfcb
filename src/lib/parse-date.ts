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
  // Seconds since 1970, as Sparkle's appcasts and some scripts write them ("1780324303"), or
  // milliseconds.
  if (/^\d{9,10}$|^\d{13}$/.test(text)) return Number(text) * (text.length > 10 ? 1 : 1000);
  if (EARLY_YEAR.test(text)) return undefined;
  const utc = inUtc(text);
  let time = Date.parse(utc);
  // Any other shape that ends at its time, which Date.parse reads in the device's zone
  // ("2020/1/10 14:33:00", "Jan 10, 2020 2:33 PM"): in UTC too.
  if (utc === text && ENDS_AT_TIME.test(text)) time = Date.parse(`${text} GMT`) || time;
  if (Number.isNaN(time) || MISREAD.test(text)) time = Date.parse(inUtc(rewritten(text)));
  return time >= EARLIEST && time <= LATEST ? time : undefined;
}

/**
 * A time that names no zone ("2022-07-26 13:01:01", "Tue, 26 Jul 2022 13:01:01") read as UTC,
 * as other feed readers read it, not in each reader's own zone, which would make one post a
 * different moment on every reader's device and order feeds differently for each.
 */
function inUtc(text: string): string {
  // Also with a month, day or hour of one digit: "2005-5-28 16:05:36".
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[T\s](\d{1,2})(:\d{2}(?::\d{2}(?:[.,]\d+)?)?)$/i.exec(
    text,
  );
  if (iso) {
    const [, year, month = '', day = '', hour = '', rest = ''] = iso;
    return `${year}-${two(month)}-${two(day)}T${two(hour)}${rest.replace(',', '.')}Z`;
  }
  return /^(?:\D+,?\s+)?\d{1,2}\s+\S+\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(text)
    ? `${text} GMT`
    : text;
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
  // GMT misspelt, as a Brazilian radio's podcast feed wrote every date.
  GTM: '+0000',
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
  // North America's zones without their season, as Disney's feeds wrote them.
  AT: '-0400',
  ET: '-0500',
  CT: '-0600',
  MT: '-0700',
  PT: '-0800',
};

/** A text whose last words are a time of day, with no zone after it. */
const ENDS_AT_TIME = /(?:^|[\sT])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i;

/**
 * A day and month followed by a year of four digits before 1000 ("Mon, 01 Jan 0001 00:00:00", as
 * Hugo dates a page without a date), which Date.parse reads as 2001.
 */
const EARLY_YEAR = /[^\d\s,.]\.?\s+0\d{3}\b|\d,\s+0\d{3}\b/;

/** Dates Date.parse reads wrongly: "1.2.2020" as January, "03 Apr 02 1500 GMT" at midnight. */
const MISREAD = /^\d{1,2}\.\d{1,2}\.|^(?:[^\s\d,]+,?\s+)?\d{1,2}\s+\S+\s+\d{2,4}\s+\d{4}(?:\s|$)/;

/** The looser ways feeds write a date, rewritten in a form Date.parse reads. */
function rewritten(value: string): string {
  const rebuilt = koreanDate(value) ?? namedMonthIso(value) ?? djangoDate(value);
  if (rebuilt) return rebuilt;
  // Day first, with dots: "22.11.2022 12:16:00", a time without its zone (read as UTC); or with
  // slashes where Date.parse, which reads them month first, could not: "15/12/2010 19:30:00"
  // (ABC's iview).
  const dotted =
    /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (dotted) {
    const [, day, , month, year, hours = '0', minutes = '0', seconds = '0'] = dotted;
    return `${year}-${two(month ?? '')}-${two(day ?? '')}T${two(hours)}:${two(minutes)}:${two(seconds)}`;
  }
  return (
    englishRfc822(value)
      // Google's extra zero in the month: "2003-012-31T10:14:55+00:00".
      .replace(/^(\d{4})-0(\d{2})-/, '$1-$2-')
      // An hour of one digit: "2009-01-12T5:40:14-05:00".
      .replace(/^(\d{4}-\d{2}-\d{2}T)(\d):/, (_, day: string, hour: string) => `${day}0${hour}:`)
      .replace(/\sEtc\/(GMT|UTC)$/i, ' $1')
      // A time without its colon: "03 Apr 02 1500 GMT".
      .replace(/^((?:[^\s\d,]+,?\s+)?\d{1,2}\s+\S+\s+\d{2,4}\s+)(\d{2})(\d{2})(?=\s|$)/, '$1$2:$3')
      // A zone by name, or by hours alone ("+02").
      .replace(/\s([A-Za-z]{2,4})$/, (zone, name: string) => {
        const offset = ZONES[name.toUpperCase()];
        return offset ? ` ${offset}` : zone;
      })
      .replace(/\s([+-]\d{2})$/, ' $100')
  );
}

/**
 * Month names feeds write in their own language ("Seg, 24 Set 2018 19:42:40 -0300"), most
 * abbreviated, Hungarian ones also whole, with the English abbreviation first.
 */
const MONTH_NAMES = [
  ['jan', 'ene', 'gen', 'janv', 'jän', 'január', 'ιαν'],
  ['feb', 'fev', 'fév', 'févr', 'febr', 'február', 'φεβ'],
  ['mar', 'mär', 'mars', 'märz', 'mrt', 'márc', 'március', 'μάρ', 'μαρ'],
  ['apr', 'abr', 'avr', 'avril', 'ápr', 'április', 'απρ'],
  ['may', 'mai', 'mag', 'mei', 'mayo', 'maio', 'máj', 'május', 'μάι', 'μαΐ', 'μαι', 'μάη'],
  ['jun', 'juin', 'giu', 'juni', 'junio', 'junho', 'jún', 'június', 'ιούν', 'ιουν'],
  ['jul', 'juil', 'lug', 'juli', 'julio', 'julho', 'júl', 'július', 'ιούλ', 'ιουλ'],
  ['aug', 'ago', 'août', 'aout', 'agosto', 'augusztus', 'αύγ', 'αυγ'],
  ['sep', 'set', 'sept', 'szept', 'szeptember', 'σεπ'],
  ['oct', 'out', 'okt', 'ott', 'október', 'οκτ'],
  ['nov', 'november', 'νοέ', 'νοε'],
  ['dec', 'dez', 'dic', 'déc', 'dezembro', 'december', 'δεκ'],
];
// Thai months, abbreviated with dots inside ("พ.ย." for November), in the order above.
const THAI_MONTHS = [
  'ม.ค',
  'ก.พ',
  'มี.ค',
  'เม.ย',
  'พ.ค',
  'มิ.ย',
  'ก.ค',
  'ส.ค',
  'ก.ย',
  'ต.ค',
  'พ.ย',
  'ธ.ค',
];
THAI_MONTHS.forEach((name, month) => MONTH_NAMES[month]?.push(name));
const MONTHS: Record<string, string> = Object.fromEntries(
  MONTH_NAMES.flatMap((names) => names.map((name) => [name, names[0] ?? name])),
);

/** An ISO date with the month by name, as Hungarian feeds wrote it: "2004-július-13T9:15-05:00". */
function namedMonthIso(value: string): string | undefined {
  const match =
    /^(\d{4})-(\p{L}+)-(\d{1,2})T(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/u.exec(value);
  const english = match?.[2] && MONTHS[match[2].toLowerCase()];
  if (!match || !english) return undefined;
  const [, year, , day = '', hours = '', minutes, seconds = '00', zone = ''] = match;
  const month = MONTH_NAMES.findIndex((names) => names[0] === english) + 1;
  return `${year}-${two(month)}-${two(day)}T${two(hours)}:${minutes}:${seconds}${zone}`;
}

/**
 * Django's own way of writing a date, read as UTC: "Aug. 6, 2015, 4:39 p.m.", "Sept. 1, 2015,
 * 4 p.m.", "March 2, 2015, noon".
 */
function djangoDate(value: string): string | undefined {
  const match =
    /^([a-z]{3,5})\.? (\d{1,2}), (\d{4}),? (?:(\d{1,2})(?::(\d{2}))? ([ap])\.m\.|(noon|midnight))$/i.exec(
      value,
    );
  if (!match) return undefined;
  const [, month = '', day, year, hours, minutes = '00', half = '', word] = match;
  const time = word
    ? `12:00 ${/noon/i.test(word) ? 'PM' : 'AM'}`
    : `${hours}:${minutes} ${half.toUpperCase()}M`;
  return `${month.slice(0, 3)} ${day}, ${year} ${time} GMT`;
}

/**
 * Korean blogs' dates, in Korea's time: "2004년 05월 28일 01:31:15", and "2004-05-25 오후
 * 11:23:17" with the half of the day (오전 morning, 오후 afternoon).
 */
function koreanDate(value: string): string | undefined {
  const days = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/u.exec(
    value,
  );
  const halves =
    /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(오전|오후)\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$/u.exec(value);
  const parts = days ?? (halves && [...halves.slice(0, 4), ...halves.slice(5)]);
  if (!parts) return undefined;
  const [, year, month = '', day = '', hours = '', minutes, seconds = '00'] = parts;
  const clock = halves ? (Number(hours) % 12) + (halves[4] === '오후' ? 12 : 0) : Number(hours);
  return `${year}-${two(month)}-${two(day)}T${two(clock)}:${minutes}:${seconds}+09:00`;
}

function two(part: string | number): string {
  return String(part).padStart(2, '0');
}

/**
 * An RFC 822 date with a localised day and month, written with the English month. A Thai date
 * may count its year from the Buddha's (2548 for 2005).
 */
function englishRfc822(value: string): string {
  const match = /^\s*(?:[^\s,\d]+,?\s+)?(\d{1,2})\s+([^\s\d]+?)\.?\s+(\d{2,4})\s+(.*)$/u.exec(
    value.slice(0, 100),
  );
  const name = match?.[2]?.toLowerCase() ?? '';
  const month = MONTHS[name];
  if (!match || !month) return value;
  const year =
    THAI_MONTHS.includes(name) && Number(match[3]) > 2400 ? Number(match[3]) - 543 : match[3];
  return `${match[1]} ${month} ${year} ${match[4]}`;
}

/**
 * A day with no time of day: "2005-12-27", "2005/12/27", "27.12.2005", "27 Dec 2005", "Dec 27,
 * 2005", each with its weekday or not.
 */
const DATE_ONLY =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|(?:[^\s\d,]+,?\s+)?(?:\d{1,2}\.?\s+[^\s\d]+?\.?|[^\s\d,]+?\.?\s+\d{1,2},?)\s+\d{4})$/u;
const DAY = 24 * 60 * 60 * 1000;

/**
 * RFC 3339 and the looser dates real feeds publish, as an ISO string; undefined when unreadable.
 * A day with no time of day is that day alone ("2005-12-27"), the same day in every time zone,
 * read at its start here or in UTC: not midnight in London, the evening before in California.
 */
export function parseDate(value: string | undefined): string | undefined {
  const time = readableTime(value);
  if (time === undefined) return undefined;
  if (value !== undefined && DATE_ONLY.test(plainDate(value))) {
    // Read at midnight in UTC ("2005-12-27") or in this device's zone ("27 Dec 2005").
    const date = new Date(time);
    const day =
      time % DAY === 0
        ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
        : [date.getFullYear(), date.getMonth(), date.getDate()];
    const [year = 0, month = 0, dayOfMonth = 0] = day;
    return `${year}-${two(month + 1)}-${two(dayOfMonth)}`;
  }
  return new Date(time).toISOString();
}
