import { collapseWhitespace, decodeEntities, htmlToText, truncateAtWord } from '../../../lib/text';
import { openingText } from '../utils/excerpt';
import type { Article, Attachment, Author } from './types';

const TITLE_LENGTH = 80;

/** What any feed format says about one item, before the rules every format shares. */
export interface ItemFields {
  id?: string;
  title?: string;
  /** The title is HTML (Atom `type="html"`, or tags in an RSS title). */
  titleIsHtml?: boolean;
  link?: string;
  externalUrl?: string;
  /** Plain text. */
  summary?: string;
  contentHtml?: string;
  contentText?: string;
  image?: string;
  published?: string;
  modified?: string;
  authors: Author[];
  tags: string[];
  language?: string;
  attachments: Attachment[];
  commentsUrl?: string;
  commentCount?: number;
  /** What relative URLs in this item resolve against (xml:base, else the page's address). */
  base: string;
  /** Set when the item's HTML must resolve against something other than its link. */
  contentBase?: string;
}

/** One item as the one Article type, or undefined when it has nothing to be known by. */
export function buildArticle(fields: ItemFields, feedAuthors: Author[]): Article | undefined {
  const url = safeUrl(fields.link, fields.base);
  const id = fields.id?.trim() || url;
  if (!id) return undefined;
  const title = fields.titleIsHtml ? clean(htmlToText(fields.title ?? '')) : clean(fields.title);
  const contentHtml = fields.contentHtml?.trim() || undefined;
  const contentText = fields.contentText?.trim() || undefined;
  const summary = clean(fields.summary);
  const derived = title ? '' : (summary ?? openingText(contentText, contentHtml));
  return {
    id,
    title: title ?? (derived ? truncateAtWord(derived, TITLE_LENGTH) : 'Untitled post'),
    hasTitle: title !== undefined,
    url,
    externalUrl: safeUrl(fields.externalUrl, fields.base),
    summary,
    contentHtml,
    contentText,
    contentBase: safeUrl(fields.contentBase),
    image: safeUrl(fields.image, fields.base),
    published: parseDate(fields.published),
    modified: parseDate(fields.modified),
    authors: fields.authors.length > 0 ? fields.authors : feedAuthors,
    tags: [...new Set(fields.tags.map((tag) => clean(tag)).filter((tag) => tag !== undefined))],
    language: clean(fields.language),
    attachments: uniqueBy(fields.attachments, (attachment) => attachment.url),
    commentsUrl: safeUrl(fields.commentsUrl, fields.base),
    commentCount: fields.commentCount,
  };
}

/** Text with entities decoded and white space collapsed; empty text becomes absent. */
export function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = collapseWhitespace(decodeEntities(value));
  return text || undefined;
}

/** Parses RFC 3339, RFC 822 and the looser dates real feeds publish; unreadable ones are absent. */
export function parseDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let time = Date.parse(value.trim());
  if (Number.isNaN(time)) time = Date.parse(englishRfc822(value));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
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

/** An RFC 822 date with a localised day and month read as the English one. */
function englishRfc822(value: string): string {
  const match = /^\s*(?:[^\s,\d]+,?\s+)?(\d{1,2})\s+([^\s\d.]+)\.?\s+(\d{2,4})\s+(.*)$/u.exec(
    value,
  );
  const month = match?.[2] && MONTHS[match[2].toLowerCase()];
  return match && month ? `${match[1]} ${month} ${match[3]} ${match[4]}` : value;
}

/**
 * An http(s) URL, resolved against `base` when one is given. Without a base, relative values
 * are refused: `home_page_url: "example.com"` must not become a link inside the app.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && Boolean(seen.add(key(value))));
}
