import type { AtomFeed } from 'feedsmith';
import { decodeEntities, looksLikeHtml, summaryText } from '../../../../lib/text';
import { hostOf } from '../../../../lib/http';
import { parseUrl } from '../../../../lib/safe';
import { LIMITS } from '../limits';
import { clean, languageTag, pictureUrl, safeUrl } from '../normalize';
import type { ItemFields } from '../normalize';
import type { Attachment, Author, FeedInfo } from '../types';
import {
  attachmentsFromMedia,
  categoryNames,
  contentId,
  enclosureType,
  firstOf,
  itemPictures,
  linkTo,
  mediaDescription,
  newAddress,
  nonNegative,
  statedCommentCount,
  ORIGINAL_REL,
  personName,
  positive,
  resolved,
} from './xml-shared';
import { itemText } from './text-pictures';

type Feed = AtomFeed.Feed<string>;
type Entry = AtomFeed.Entry<string>;

const ATOM_TYPE = /^application\/atom\+xml/i;

/** Markup, as Atom names it, or by a MIME type as Atom 0.3 does ("text/html"). */
const isHtml = (type?: string) => /^(x?html|text\/html|application\/xhtml\+xml)$/i.test(type ?? '');
/** Plain text: "text", or a MIME type such as "text/plain". */
const isText = (type?: string) => !isHtml(type) && /^text(\/|$)/i.test(type ?? '');

export function atomFeedInfo(feed: Feed, pageUrl: string): { info: FeedInfo; base: string } {
  const base = resolved(feed.xml?.base, pageUrl);
  const feedUrl = safeUrl(linkTo(feed.links, 'self'), base) ?? pageUrl;
  const homePageUrl =
    safeUrl(linkTo(feed.links, 'alternate'), base) ?? siteOfEntries(feed, feedUrl, base);
  const info: FeedInfo = {
    title:
      textOf(feed.title, LIMITS.titleLength) ??
      hostOf(homePageUrl) ??
      hostOf(pageUrl) ??
      'Untitled feed',
    homePageUrl,
    feedUrl,
    description: textOf(feed.subtitle, LIMITS.descriptionLength),
    icon: pictureUrl(feed.icon ?? feed.logo ?? feed.itunes?.image, base),
    language: languageTag(feed.xml?.lang),
    authors: personsOf(feed.authors),
    movedTo: newAddress(feed.itunes?.newFeedUrl, base, pageUrl),
  };
  return { info, base };
}

/**
 * The home page of a feed that links none (Russ Cox's names only itself): the site its address
 * is on, where its entries are pages of that site too.
 */
function siteOfEntries(feed: Feed, feedUrl: string, base: string): string | undefined {
  const site = parseUrl(feedUrl)?.origin;
  const first = feed.entries?.[0];
  const entry = first && safeUrl(linkTo(first.links, 'alternate') ?? first.links?.[0]?.href, base);
  return site && entry && parseUrl(entry)?.origin === site ? `${site}/` : undefined;
}

/**
 * Reddit's close of every post, "submitted by /u/name [link] [comments]" ("… to /r/sub" in the
 * front page's, a user's or a multireddit's feed; the last two in the reader's language,
 * "[Kommentare]"; inside the table that puts a link post's picture beside it): taken out, as the entry's author and page say as much; what "[link]" leads to is kept
 * as the page the post links to.
 */
const SUBMITTED =
  /\s*(?:&#32;\s*)?submitted by\s*(?:&#32;\s*)?<a\s[^>]*>\s*\/u\/[^<]*<\/a>(?:\s*(?:&#32;\s*)?to\s*(?:&#32;\s*)?<a\s[^>]*>[^<]*<\/a>)?\s*<br\s*\/?>\s*<span><a href="([^"]+)">\[[^\]<]{1,20}\]<\/a><\/span>\s*(?:&#32;\s*)?<span><a\s[^>]*>\[[^\]<]{1,20}\]<\/a><\/span>(\s*<\/td>\s*<\/tr>\s*<\/table>)?\s*$/;

function redditSubmission(html: string | undefined): { html: string; link: string } | undefined {
  const found = html ? SUBMITTED.exec(html) : null;
  return html && found?.[1]
    ? { html: html.slice(0, found.index) + (found[2] ?? ''), link: decodeEntities(found[1]) }
    : undefined;
}

export function atomNextUrl(feed: Feed, base: string): string | undefined {
  return safeUrl(linkTo(feed.links, 'next'), base);
}

/**
 * The entry's page: its alternate link (the publisher's where FeedBurner gives it), else the page
 * its content is kept at (`<content src>`), else an id that is a web address (Adobe's blog).
 */
function entryLink(entry: Entry): string | undefined {
  const { content } = entry;
  return (
    linkTo(entry.links, ORIGINAL_REL) ??
    linkTo(entry.links, 'alternate', /html|^$/) ??
    linkTo(entry.links, 'alternate') ??
    (content?.src && (isHtml(content.type) || !content.type) ? content.src : undefined) ??
    (/^https?:\/\//i.test(entry.id ?? '') ? entry.id : undefined)
  );
}

/**
 * The base an entry's text is read against where it declares one: the text's own xml:base
 * (Movable Type's, on <content>), before the entry's or the feed's. The summary's is its own:
 * the content, where there is one, is read against the entry's.
 */
function declaredTextBase(
  entry: Entry,
  hasContent: boolean,
  base: string,
  baseDeclared: boolean,
): string | undefined {
  const own = hasContent ? entry.content?.xml?.base : entry.summary?.xml?.base;
  if (own) return resolved(own, base);
  return entry.xml?.base || baseDeclared ? base : undefined;
}

export function atomEntryFields(entry: Entry, feedBase: string, baseDeclared: boolean): ItemFields {
  const base = resolved(entry.xml?.base, feedBase);
  const submitted = redditSubmission(entry.content?.value);
  const content = submitted ? { ...entry.content, value: submitted.html } : entry.content;
  const hasContent = Boolean(content?.value?.trim()) && !content?.src;
  // Without text of its own, what its media say (YouTube's video description).
  const described = mediaDescription(entry.media);
  const summary: AtomFeed.Text | undefined =
    entry.summary ??
    (described && { value: described.value, type: described.isHtml ? 'html' : 'text' });
  // Enclosures, and a related link to a picture (the header of Visual Studio Code's notes).
  const enclosures: Attachment[] = (entry.links ?? []).flatMap((link) => {
    const related = link.rel === 'related';
    const url = link.rel === 'enclosure' || related ? safeUrl(link.href, base) : undefined;
    const mimeType = url && enclosureType(link.type, url, content?.value ?? summary?.value);
    return url && mimeType && (!related || mimeType.startsWith('image/'))
      ? [
          {
            url,
            mimeType,
            title: clean(link.title, LIMITS.titleLength),
            sizeInBytes: positive(link.length),
          },
        ]
      : [];
  });
  const textBase = declaredTextBase(entry, hasContent, base, baseDeclared);
  const link = entryLink(entry);
  const { image, imageAlt, imageCredit, pictures } = itemPictures(
    entry.media,
    enclosures,
    base,
    entry.itunes?.image,
    itemText(content?.value ?? summary?.value, textBase, link, base),
  );
  const replies = (entry.links ?? []).filter((link) => link.rel === 'replies');
  // An Atom feed of the replies, or a link that names no type (Sam Ruby's): not a web page.
  const repliesFeed =
    replies.find((link) => ATOM_TYPE.test(link.type ?? '')) ?? replies.find((link) => !link.type);
  const counted = replies.find((link) => link.thr?.count !== undefined);
  // A summary of "text" that holds tags is HTML (FeedBurner's copies of blogs).
  const summaryIsHtml =
    summary !== undefined && (isHtml(summary.type) || looksLikeHtml(summary.value));
  return {
    id:
      entry.id ??
      (link ? undefined : contentId([entry.title?.value, content?.value, summary?.value])),
    title: entry.title?.value,
    titleIsHtml: isHtml(entry.title?.type),
    link,
    // What a Reddit post links to, where it is not the post itself.
    externalUrl: submitted && submitted.link !== link ? submitted.link : undefined,
    summary: hasContent && summary ? plain(summary) : undefined,
    contentHtml: hasContent
      ? isHtml(content?.type) || !content?.type
        ? content?.value
        : undefined
      : summary && summaryIsHtml
        ? summary.value
        : undefined,
    contentText: hasContent
      ? isText(content?.type)
        ? content?.value
        : undefined
      : summary && !summaryIsHtml
        ? summary.value
        : undefined,
    image,
    imageAlt,
    imageCredit,
    // Atom 0.3 feeds (tagesschau.de's) date entries with dc:date alone.
    published: entry.published ?? entry.updated ?? firstOf(entry.dc?.dates),
    modified: entry.updated,
    authors: personsOf(entry.authors ?? entry.source?.authors),
    // Atom 0.3 feeds tag entries with dc:subject.
    tags: [
      ...(entry.categories ?? []).flatMap((category) =>
        categoryNames(category.label ?? category.term ?? ''),
      ),
      ...(entry.dc?.subjects ?? []).flatMap(categoryNames),
    ],
    language: entry.xml?.lang,
    attachments: [
      ...[...enclosures, ...attachmentsFromMedia(entry.media, base, enclosures)].filter(
        (attachment) => !attachment.mimeType.startsWith('image/'),
      ),
      ...pictures,
    ],
    chapters: entry.psc?.chapters,
    // Else a comment feed as RSS names one, as Dotclear's Atom does.
    commentsUrl: repliesFeed?.href ?? entry.wfw?.commentRss,
    commentsPage: replies.find((link) => /html/i.test(link.type ?? ''))?.href,
    commentCount:
      nonNegative(entry.thr?.total ?? counted?.thr?.count ?? entry.slash?.comments) ??
      // Read before Reddit's "[1143 comments]" is taken out of the text.
      statedCommentCount(entry.content?.value),
    base,
    contentBase: textBase,
  };
}

function textOf(text: AtomFeed.Text | undefined, max: number): string | undefined {
  return text ? clean(plain(text), max) : undefined;
}

/** Atom text as text: HTML read as such, and so is "text" that holds tags (FeedBurner's). */
function plain(text: AtomFeed.Text): string {
  return isHtml(text.type) || looksLikeHtml(text.value) ? summaryText(text.value) : text.value;
}

function personsOf(persons: readonly AtomFeed.Person[] | undefined): Author[] {
  return (persons ?? []).flatMap((person) => {
    const name = personName(person.name);
    return name ? [{ name, url: safeUrl(person.uri) }] : [];
  });
}
