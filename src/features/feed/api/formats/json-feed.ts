import * as v from 'valibot';
import { hostOf, LoadError } from '../../../../lib/http';
import { atOnce, inParts } from '../../../../lib/in-parts';
import { wellFormed } from '../../../../lib/safe';
import { decodeEntities, plainText } from '../../../../lib/text';
import { LIMITS } from '../limits';
import {
  authorOf,
  buildArticle,
  clean,
  languageTag,
  pictureUrl,
  safeUrl,
  itemLanguage,
  withLanguage,
} from '../normalize';
import type { ItemFields } from '../normalize';
import { attachmentSchema, authorSchema, feedSchema, itemSchema, VERSION_PATTERN } from '../schema';
import type { RawItem } from '../schema';
import type { Article, Attachment, Author, FeedInfo, FeedPage } from '../types';
import { itemText, textPicture } from './text-pictures';

/** Validates a parsed JSON document as a JSON Feed page and normalises it. */
export function parseFeedPage(json: unknown, pageUrl: string): FeedPage {
  return atOnce(feedPageSteps(json, pageUrl));
}

/**
 * parseFeedPage in tasks of a few milliseconds each: a page of long posts, each one's text read
 * for its excerpt, picture and reading time, took tens of milliseconds at once on a phone.
 */
export function parseFeedPageInParts(json: unknown, pageUrl: string): Promise<FeedPage> {
  return inParts(feedPageSteps(json, pageUrl));
}

/** parseFeedPage's work, a step for each item; the last returns the page. */
function* feedPageSteps(json: unknown, pageUrl: string): Generator<void, FeedPage, undefined> {
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
  // A path ("/", "./blog/") is on the feed's own site; a bare "example.com" is refused.
  const homePageUrl = safeUrl(
    raw.home_page_url,
    /^\.{0,2}\//.test(raw.home_page_url ?? '') ? (feedUrl ?? pageUrl) : undefined,
  );
  const feedAuthors = authorsOf(raw.authors, raw.author, pageUrl);
  const feed: FeedInfo = {
    title:
      clean(raw.title, LIMITS.titleLength) ??
      hostOf(homePageUrl) ??
      hostOf(feedUrl) ??
      hostOf(pageUrl) ??
      'Untitled feed',
    homePageUrl,
    feedUrl,
    // Plain text, the spec says; some write HTML all the same (a WordPress site's own words).
    description: clean(plainText(raw.description), LIMITS.descriptionLength),
    // Where it names only its favicon (jsonfeed.org's own, inessential's), that is its icon.
    icon: pictureUrl(raw.icon ?? raw.favicon, pageUrl),
    language: languageTag(raw.language),
    authors: feedAuthors,
  };

  const rawItems = Array.isArray(raw.items) ? raw.items : [];
  const seen = new Set<string>();
  const articles: Article[] = [];
  let skipped = 0;
  for (const value of rawItems) {
    const item = v.safeParse(itemSchema, value);
    if (!item.success || item.output.id.length > LIMITS.idLength) {
      skipped += 1;
      continue;
    }
    item.output.id = wellFormed(item.output.id);
    if (seen.has(item.output.id)) continue;
    seen.add(item.output.id);
    const article = buildArticle(itemFields(item.output, pageUrl), feedAuthors);
    if (!article) {
      skipped += 1;
      continue;
    }
    const language = itemLanguage(article.language ?? feed.language, article);
    articles.push({ ...article, language });
    yield;
  }

  const next = safeUrl(raw.next_url, pageUrl);
  const loops = next === pageUrl || next === feedUrl;
  return {
    url: pageUrl,
    feed: withLanguage(feed),
    articles,
    skipped,
    nextUrl: next && !loops ? next : undefined,
    missingItems: !Array.isArray(raw.items),
  };
}

/**
 * A JSON Feed item in the words every format shares. Its picture: the one it names, else the
 * first its text shows (read against its own page, as its body is), as an RSS item's.
 */
function itemFields(raw: RawItem, pageUrl: string): ItemFields {
  return {
    id: raw.id,
    title: raw.title,
    link: raw.url,
    externalUrl: raw.external_url,
    // Plain text, which some generators write as HTML all the same (vuepress-theme-hope's).
    summary: plainText(raw.summary),
    contentHtml: raw.content_html,
    // Plain text as micro.blog and other generators write it, with entities ("I&rsquo;m",
    // "bits &amp; bytes") that no reader means to see. XML formats' text is decoded already.
    contentText: raw.content_text && decodeEntities(raw.content_text),
    image: raw.image ?? textPicture(itemText(raw.content_html, undefined, raw.url, pageUrl)),
    bannerImage: raw.banner_image,
    // A feed that dates its items only by their last change (Hugo themes do) is dated by it.
    published: raw.date_published ?? raw.date_modified,
    modified: raw.date_modified,
    originalDate: raw._broadsheet?.original_date,
    authors: authorsOf(raw.authors, raw.author, pageUrl),
    tags: typeof raw.tags === 'string' ? raw.tags.split(',', LIMITS.tags * 4) : (raw.tags ?? []),
    language: raw.language,
    attachments: attachmentsOf(raw.attachments, pageUrl),
    commentsUrl: raw._broadsheet?.comments_url,
    base: pageUrl,
  };
}

/**
 * `authors` wins over the deprecated `author`; nulls and nameless entries are dropped; avatars
 * are read against the feed's address.
 */
function authorsOf(authors: unknown, author: unknown, pageUrl: string): Author[] {
  const list = Array.isArray(authors) ? authors.slice(0, LIMITS.authors) : [];
  const valid = list.flatMap((value) => {
    // A name alone, as some templates write it (Jekyll's: "author": "Rebecca Rui").
    const parsed = v.safeParse(authorSchema, typeof value === 'string' ? { name: value } : value);
    if (!parsed.success) return [];
    const { name, url, avatar } = parsed.output;
    return authorOf(name, url, avatar, pageUrl) ?? [];
  });
  if (valid.length > 0 || author === undefined) return valid;
  return authorsOf([author], undefined, pageUrl);
}

function attachmentsOf(value: unknown, pageUrl: string): Attachment[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, LIMITS.attachments).flatMap((entry) => {
    const parsed = v.safeParse(attachmentSchema, entry);
    const url = parsed.success ? safeUrl(parsed.output.url, pageUrl) : undefined;
    if (!parsed.success || !url) return [];
    const { mime_type, title, size_in_bytes, duration_in_seconds } = parsed.output;
    return [
      {
        url,
        mimeType: mime_type,
        title: clean(title, LIMITS.titleLength),
        sizeInBytes: size_in_bytes,
        durationInSeconds: duration_in_seconds,
      },
    ];
  });
}
