import * as v from 'valibot';
import { hostOf, LoadError } from '../../../lib/http';
import { collapseWhitespace, decodeEntities, truncateAtWord } from '../../../lib/text';
import { openingText } from '../utils/excerpt';
import { attachmentSchema, authorSchema, feedSchema, itemSchema, VERSION_PATTERN } from './schema';
import type { RawItem } from './schema';
import type { Article, Attachment, Author, FeedInfo, FeedPage } from './types';

const TITLE_LENGTH = 80;

/** Validates a parsed JSON document as a JSON Feed page and normalises it. */
export function parseFeedPage(json: unknown, pageUrl: string): FeedPage {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new LoadError('format', 'This is not a JSON Feed: the document is not a feed object.');
  }
  if (!('version' in json)) {
    throw new LoadError('format', 'This is not a JSON Feed: it has no version.');
  }
  const parsed = v.safeParse(feedSchema, json);
  if (!parsed.success || !VERSION_PATTERN.test(parsed.output.version)) {
    throw new LoadError(
      'format',
      'This is not a JSON Feed: its version is not one this reader knows.',
    );
  }
  const raw = parsed.output;
  const feedUrl = safeUrl(raw.feed_url, pageUrl);
  const homePageUrl = safeUrl(raw.home_page_url);
  const feedAuthors = authorsOf(raw.authors, raw.author);
  const feed: FeedInfo = {
    title:
      clean(raw.title) ??
      hostOf(homePageUrl) ??
      hostOf(feedUrl) ??
      hostOf(pageUrl) ??
      'Untitled feed',
    homePageUrl,
    feedUrl,
    description: clean(raw.description),
    icon: safeUrl(raw.icon, pageUrl),
    language: clean(raw.language),
    authors: feedAuthors,
  };

  const rawItems = Array.isArray(raw.items) ? raw.items : [];
  const seen = new Set<string>();
  const articles: Article[] = [];
  let skipped = 0;
  for (const value of rawItems) {
    const item = v.safeParse(itemSchema, value);
    if (!item.success) {
      skipped += 1;
      continue;
    }
    if (seen.has(item.output.id)) continue;
    seen.add(item.output.id);
    articles.push(normalizeItem(item.output, pageUrl, feedAuthors, feed.language));
  }

  const next = safeUrl(raw.next_url, pageUrl);
  const loops = next === pageUrl || next === feedUrl;
  return {
    url: pageUrl,
    feed,
    articles,
    skipped,
    nextUrl: next && !loops ? next : undefined,
    missingItems: !Array.isArray(raw.items),
  };
}

function normalizeItem(
  raw: RawItem,
  pageUrl: string,
  feedAuthors: Author[],
  feedLanguage?: string,
): Article {
  const title = clean(raw.title);
  const contentText = raw.content_text?.trim() || undefined;
  const contentHtml = raw.content_html?.trim() || undefined;
  const summary = clean(raw.summary);
  // Only title-less posts need their text now; lists derive excerpts for what they show.
  const derived = title ? '' : (summary ?? openingText(contentText, contentHtml));
  const itemAuthors = authorsOf(raw.authors, raw.author);
  return {
    id: raw.id,
    title: title ?? (derived ? truncateAtWord(derived, TITLE_LENGTH) : 'Untitled post'),
    hasTitle: title !== undefined,
    url: safeUrl(raw.url, pageUrl),
    externalUrl: safeUrl(raw.external_url, pageUrl),
    summary,
    contentHtml,
    contentText,
    image: safeUrl(raw.image, pageUrl),
    bannerImage: safeUrl(raw.banner_image, pageUrl),
    published: parseDate(raw.date_published),
    modified: parseDate(raw.date_modified),
    originalDate: parseDate(raw._broadsheet?.original_date),
    authors: itemAuthors.length > 0 ? itemAuthors : feedAuthors,
    tags: tagsOf(raw.tags),
    language: clean(raw.language) ?? feedLanguage,
    attachments: attachmentsOf(raw.attachments, pageUrl),
    commentsUrl: safeUrl(raw._broadsheet?.comments_url, pageUrl),
  };
}

/** `authors` wins over the deprecated `author`; nulls and nameless entries are dropped. */
function authorsOf(authors: unknown, author: unknown): Author[] {
  const list = Array.isArray(authors) ? authors : [];
  const valid = list.flatMap((value) => {
    const parsed = v.safeParse(authorSchema, value);
    if (!parsed.success) return [];
    const name = clean(parsed.output.name);
    const url = safeUrl(parsed.output.url);
    return name || url ? [{ name, url, avatar: safeUrl(parsed.output.avatar) }] : [];
  });
  if (valid.length > 0 || author === undefined) return valid;
  return authorsOf([author], undefined);
}

function tagsOf(tags: unknown[] | string | undefined): string[] {
  const list = typeof tags === 'string' ? tags.split(',') : (tags ?? []);
  const names = list.flatMap((tag) => (typeof tag === 'string' && tag.trim() ? [tag.trim()] : []));
  return [...new Set(names)];
}

function attachmentsOf(value: unknown, pageUrl: string): Attachment[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = v.safeParse(attachmentSchema, entry);
    const url = parsed.success ? safeUrl(parsed.output.url, pageUrl) : undefined;
    if (!parsed.success || !url) return [];
    const { mime_type, title, size_in_bytes, duration_in_seconds } = parsed.output;
    return [
      {
        url,
        mimeType: mime_type,
        title: clean(title),
        sizeInBytes: size_in_bytes,
        durationInSeconds: duration_in_seconds,
      },
    ];
  });
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = collapseWhitespace(decodeEntities(value));
  return text || undefined;
}

/** Parses RFC 3339 and the looser dates real feeds publish; unreadable dates become absent. */
function parseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * An http(s) URL, resolved against `base` when one is given. Without a base, relative values
 * are refused: `home_page_url: "example.com"` must not become a link inside the app.
 */
function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
