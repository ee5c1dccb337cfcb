import type { PodcastNs, RdfFeed, RssFeed } from 'feedsmith';
import {
  decodeEntities,
  htmlToText,
  looksLikeHtml,
  plainText,
  summaryText,
} from '../../../../lib/text';
import { DISCOURSE_POST, discourseCreator } from '../../../../lib/discourse';
import { hostOf } from '../../../../lib/http';
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
  isNote,
  itemPictures,
  linkTo,
  mediaDescription,
  mediaCredits,
  mediaDuration,
  mediaType,
  namesOf,
  newAddress,
  nonNegative,
  statedCommentCount,
  pictureFile,
  ORIGINAL_REL,
  personName,
  positive,
  resolved,
} from './xml-shared';
import { itemText } from './text-pictures';

type Item = RssFeed.Item<string> | RdfFeed.Item<string>;
type Feed = RssFeed.Feed<string> | RdfFeed.Feed<string>;

/** The channel of an RSS 0.9x/2.0 or RSS 1.0 (RDF) document. */
export function rssFeedInfo(
  feed: Feed,
  pageUrl: string,
): { info: FeedInfo; base: string; cast: ItemFields['people'] } {
  const base = resolved(feed.xml?.base, pageUrl);
  const rss = feed as RssFeed.Feed<string>;
  const self = safeUrl(linkTo(rss.atom?.links, 'self'), base);
  const homePageUrl = sitePage(safeUrl(feed.link ?? linkTo(rss.atom?.links, 'alternate'), base), [
    self,
    pageUrl,
  ]);
  const authors = [
    ...personsOf(rss.managingEditor ? [rss.managingEditor] : []).filter(
      ({ name }) => !EDITORS_DESK.test(name ?? ''),
    ),
    ...namesOf(feed.dc?.creators),
    ...namesOf(rss.itunes?.author ? [rss.itunes.author] : []),
  ];
  const info: FeedInfo = {
    // Marked up (`&lt;p&gt;Title&lt;/p&gt;`) as an item's title may be; or Dublin Core's.
    title:
      clean(titleText(feed.title ?? firstOf(feed.dc?.titles)), LIMITS.titleLength) ??
      hostOf(homePageUrl) ??
      hostOf(pageUrl) ??
      'Untitled feed',
    homePageUrl,
    feedUrl: self ?? pageUrl,
    description: clean(
      plainText(feed.description ?? firstOf(feed.dc?.descriptions)),
      LIMITS.descriptionLength,
    ),
    icon: pictureUrl(feed.image?.url ?? rss.itunes?.image, base),
    language: languageTag(rss.language ?? firstOf(feed.dc?.languages) ?? feed.xml?.lang),
    authors: authors.slice(0, 1),
    movedTo: newAddress(rss.itunes?.newFeedUrl, base, pageUrl),
  };
  return { info, base, cast: castOf(rss.podcast?.persons) };
}

/**
 * The page a channel links to, as its site: not the feed itself, as old Hugo sites name their
 * sections' feeds ("…/algorithm/index.xml"), but the folder the feed is in.
 */
function sitePage(link: string | undefined, feeds: (string | undefined)[]): string | undefined {
  return link && feeds.includes(link) ? new URL('./', link).href : link;
}

/**
 * A managing editor named by the desk's role, not a person ("editorial@dailymailonline.co.uk
 * (Editor)"): no byline for every item of the channel.
 */
const EDITORS_DESK =
  /^(?:the\s+)?(?:editors?|editorial(?:\s+(?:team|desk|staff))?|editor[\s-]+in[\s-]+chief|managing\s+editor|webmaster|news\s*desk|newsroom|redaktion|rédaction|redacción|redazione|(?:apps?\s+|technical\s+|customer\s+)?support|help\s*desk|no-?reply)$/iu;

/** The next (older) page, where the channel names one (RFC 5005 `atom:link rel="next"`). */
export function rssNextUrl(feed: Feed, base: string): string | undefined {
  return safeUrl(linkTo((feed as RssFeed.Feed<string>).atom?.links, 'next'), base);
}

/**
 * For each item, whether an earlier item without a guid has its link (every item of NixOS's
 * news names the same page): not enough to tell it apart. The first keeps its link as its id,
 * the same whether the document has arrived whole or only in part.
 */
export function repeatedLinks(items: readonly Item[]): boolean[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const link = linkOf(item);
    if ((item as RssFeed.Item<string>).guid?.value?.trim() || !link) return false;
    if (seen.has(link)) return true;
    seen.add(link);
    return false;
  });
}

/** The item's page: the publisher's address where FeedBurner gives it (see originalLinks). */
function linkOf(item: Item): string | undefined {
  const links = (item as RssFeed.Item<string>).atom?.links;
  // Or an Atom link alone, as .NET's SyndicationFeed writes an item's (`<a10:link href=…>`).
  return linkTo(links, ORIGINAL_REL) ?? item.link ?? linkTo(links, 'alternate');
}

/**
 * An item's id: its guid, or its page where the guid is that page with a number after "#". BBC
 * lists a story once in each section of its feed, as "…/articles/cz074vyvjzvo#0" and "…#10":
 * one story, under an id that does not change when the story moves to another section.
 */
function storyId(guid: string | undefined, link: string | undefined): string | undefined {
  return link && guid?.replace(/#\d+$/, '') === link ? link : guid;
}

/**
 * The item's page: its link (see linkOf), else its guid where that is a permalink: said so, or
 * a web address. An id such as NPR's "a28dfbbd-6518-…", which RSS counts as a permalink where
 * nothing says otherwise, is no page of the feed's site, nor is the episode's recording
 * (SCOTUSblog's and CCMA's guids are their `.mp3`s): it is played, not opened.
 */
function itemLink(item: Item): string | undefined {
  const guid = (item as RssFeed.Item<string>).guid;
  const value = guid?.value?.trim() ?? '';
  const permalink = (guid?.isPermaLink ?? /^https?:\/\//i.test(value)) && !mediaType(value);
  return linkOf(item) ?? (permalink ? value : undefined);
}

export function rssItemFields(
  item: Item,
  feedBase: string,
  baseDeclared: boolean,
  linkRepeated = false,
  showCast?: ItemFields['people'],
): ItemFields {
  const rss = item as RssFeed.Item<string>;
  const base = resolved(item.xml?.base, feedBase);
  const guid = rss.guid?.value?.trim();
  // A link to a picture (a Lemmy post of one) is the item's picture; its page is its guid's.
  const linked = itemLink(item);
  const linkedPicture = pictureFile(linked, base);
  const page =
    rss.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid ?? '') ? guid : undefined;
  const link = linkedPicture ? (page ?? rss.comments ?? linkedPicture) : linked;
  const own = [link, guid, rss.comments];
  const topic = discourseReplies(rss.source, link);
  const encoded = withoutFurniture(item.content?.encoded?.trim(), own);
  // Dublin Core's title and description where RSS's are missing (an RSS 1.0 habit kept in 2.0),
  // and a podcast's episode title where it gives only iTunes' (`itunes:title`).
  const title = item.title ?? firstOf(item.dc?.titles) ?? rss.itunes?.title;
  const written = item.description ?? firstOf(item.dc?.descriptions);
  const description = withoutFurniture(written?.trim(), own);
  // Without text of its own, what its media say (a video's description), else what it tells
  // podcast apps (an episode's itunes:summary, or its one line, itunes:subtitle).
  const described =
    encoded || description
      ? undefined
      : (mediaDescription(item.media) ?? podcastText(rss.itunes?.summary ?? rss.itunes?.subtitle));
  // What its text's relative addresses are read against where it says; else its own page.
  const declaredBase = item.xml?.base || baseDeclared ? base : undefined;
  const enclosures: Attachment[] = [
    ...(linkedPicture ? [{ url: linkedPicture, mimeType: 'image/*' }] : []),
    ...(rss.enclosures ?? []).flatMap((enclosure): Attachment[] => {
      const url = safeUrl(enclosure.url, base);
      const mimeType = url && enclosureType(enclosure.type, url, encoded || description);
      return url && mimeType ? [{ url, mimeType, sizeInBytes: positive(enclosure.length) }] : [];
    }),
  ];
  const { image, imageAlt, imageCredit, pictures } = itemPictures(
    item.media,
    enclosures,
    base,
    rss.itunes?.image,
    itemText(encoded || description, declaredBase, link, base),
  );
  const duration = positive(rss.itunes?.duration) ?? mediaDuration(item.media);
  const attachments = [...enclosures, ...attachmentsFromMedia(item.media, base, enclosures)].map(
    (attachment) => ({
      ...attachment,
      durationInSeconds: attachment.durationInSeconds ?? duration,
    }),
  );
  // A text without a tag is text, its line breaks its own: a description (Feeder's), or the
  // full text itself (PeerTube's content:encoded, its description again). HTML escaped twice,
  // as Reddit's RSS wrote its posts (`&lt;div class="md"&gt;&lt;p&gt;…`), is HTML.
  const body = onceEscaped(encoded || description);
  const textOnly = body && !looksLikeHtml(body);
  const known = link && !linkRepeated;
  return {
    id:
      storyId(guid, link) ??
      (item as RdfFeed.Item<string>).rdf?.about ??
      (known
        ? undefined
        : (contentId([title, written, ...(rss.enclosures ?? []).map((each) => each.url)]) ??
          contentId([item.content?.encoded]))),
    title: titleText(title),
    link,
    // With its full text in content:encoded, an item's description is its summary.
    summary: encoded && description ? descriptionText(description) : undefined,
    contentHtml: textOnly ? undefined : body || (described?.isHtml ? described.value : undefined),
    contentText: textOnly
      ? decodeEntities(body)
      : described && !described.isHtml
        ? decodeEntities(described.value)
        : undefined,
    image,
    imageAlt,
    imageCredit,
    // The first date the item has, as Dublin Core or Atom names it where RSS's is missing
    // (.NET's SyndicationFeed writes an item's only date as `<a10:updated>`).
    published:
      rss.pubDate ??
      firstOf(item.dc?.dates) ??
      firstOf(item.dcterms?.issued) ??
      firstOf(item.dcterms?.created) ??
      rss.atom?.published ??
      rss.atom?.updated ??
      firstOf(item.dcterms?.modified),
    modified: firstOf(item.dcterms?.modified) ?? rss.atom?.updated,
    // All those of the first source that names anyone (several dc:creator are co-authors).
    authors:
      [
        personsOf(rss.authors ?? []),
        namesOf(
          DISCOURSE_POST.test(guid ?? '')
            ? item.dc?.creators?.flatMap((creator) => discourseCreator(creator) ?? [])
            : item.dc?.creators,
        ),
        namesOf(rss.itunes?.author ? [rss.itunes.author] : []),
        namesOf(rss.atom?.authors?.flatMap((author) => author.name ?? [])),
        namesOf(mediaCredits(item.media)),
        sourceOf(rss.source, link),
      ].find((named) => named.length > 0) ?? [],
    tags: [
      ...(rss.categories ?? []).flatMap((category) => categoryNames(category.name ?? '')),
      ...(item.dc?.subjects ?? []).flatMap(categoryNames),
    ],
    language: firstOf(item.dc?.languages) ?? item.xml?.lang,
    attachments: [
      ...withAlternates(
        attachments.filter((attachment) => !attachment.mimeType.startsWith('image/')),
        rss.podcast?.alternateEnclosures,
        base,
      ),
      ...pictures,
      ...transcriptsOf(rss, base),
    ],
    episode: episodeOf(rss),
    isEpisode: Boolean(rss.itunes ?? rss.podcast),
    chapters: rss.psc?.chapters,
    chaptersUrl: jsonChapters(rss.podcast?.chapters),
    people: castOf(rss.podcast?.persons) ?? showCast,
    soundbites: rss.podcast?.soundbites,
    commentsUrl: item.wfw?.commentRss ?? bloggerComments(guid, link, rss.thr?.total) ?? topic,
    commentsPage: rss.comments,
    commentCount:
      nonNegative(item.slash?.comments ?? rss.thr?.total) ??
      (topic
        ? discourseCount(item.description)
        : statedCommentCount(item.content?.encoded ?? item.description)),
    base,
    contentBase: declaredBase,
  };
}

/**
 * What software adds around every item's text, in the site's language, known by its shape and
 * by its link to the item itself (group 1: its page, guid or comments page):
 * - the line an SEO plugin (Yoast's, and others after it) closes a WordPress post with, "The
 *   post <a href=post>Title</a> appeared first on <a href=site>Site</a>.", "Der Beitrag …
 *   erschien zuerst auf …": a last paragraph of a few words and two links;
 * - Discourse's close of a topic, "<small>11 posts - 2 participants</small>" and "Read full
 *   topic";
 * - Lemmy's opening, "submitted by <a>user</a> to <a>community</a><br>97 points | <a
 *   href=post>4 comments</a>", and the address it links: the byline, and the links below the
 *   article, say as much;
 * - a text that is only a link to the item's own page or comments, as Hacker News's
 *   `<a href=…>Comments</a>`, or that closes with one in a paragraph of its own (Lobsters'
 *   "Comments", BuzzFeed's "View Entire Post ›", a Discourse topic's "Read full topic"): the
 *   list links the discussion already;
 * - hnrss's close of every item, "Article URL: …", "Comments URL: …", "Points: 3" and
 *   "# Comments: 12" (the count is read before it goes).
 */
/** Discourse's close of a topic, "<small>52 posts - 6 participants</small>" and its link. */
const DISCOURSE_CLOSE =
  /\s*<p><small>[^<]{1,60}<\/small><\/p>\s*<p><a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]{1,40}<\/a><\/p>\s*$/i;

const FURNITURE = [
  /<p>[^<]{1,40}<a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]*<\/a>[^<]{1,60}<a\s[^>]*>[^<]*<\/a>[^<]{0,10}<\/p>\s*$/i,
  DISCOURSE_CLOSE,
  /^submitted by <a\s[^>]*>[^<]*<\/a> to <a\s[^>]*>[^<]*<\/a><br>[^<]{0,30}<a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]*<\/a>(?:<br><a\s[^>]*>[^<]*<\/a>)?/,
  /^<a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]{1,30}<\/a>$/i,
  /(?:\s*<hr\s*\/?>)?\s*<p>\s*<a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]{1,40}<\/a>\s*<\/p>\s*$/i,
  /(?:\s*<hr\s*\/?>)?\s*(?:<p>Article URL: <a\s[^>]*>[^<]*<\/a><\/p>\s*)?<p>Comments URL: <a\s[^>]*?href=["']([^"']+)["'][^>]*>[^<]*<\/a><\/p>\s*<p>Points: \d+<\/p>\s*<p># Comments: \d+<\/p>\s*$/,
];

function withoutFurniture(
  html: string | undefined,
  pages: (string | undefined)[],
): string | undefined {
  if (!html) return html;
  const page = (address: string) => decodeEntities(address).replace(/^https?:|\/$/g, '');
  const own = pages.flatMap((address) => (address ? [page(address)] : []));
  return FURNITURE.reduce((text, furniture) => {
    const found = furniture.exec(text);
    if (!found || !own.includes(page(found[1] ?? ''))) return text;
    return (text.slice(0, found.index) + text.slice(found.index + found[0].length)).trim();
  }, html);
}

/** An episode's text for podcast apps, plain text as Apple asks, HTML as some write it. */
function podcastText(text: string | undefined): { value: string; isHtml: boolean } | undefined {
  const value = text?.trim();
  return value ? { value, isHtml: looksLikeHtml(value) } : undefined;
}

/**
 * An item's title, read as HTML where it is marked up (`<b>Breaking</b>`, a picture), not where
 * it only names a tag in words ("a tale of the &lt;datalist&gt; element", "vector&lt;bool&gt;").
 */
function titleText(title: string | undefined): string | undefined {
  return title && /<\/[a-z]|<(?:br|img)\b/i.test(title) ? plainText(title) : title;
}

/**
 * Where an episode is in its show, as podcast apps say it: "Season 2, episode 7", "Episode 7",
 * or that it is a trailer or a bonus (iTunes' tags, else Podcasting 2.0's).
 */
function episodeOf(rss: RssFeed.Item<string>): string | undefined {
  const kind = rss.itunes?.episodeType?.trim().toLowerCase();
  if (kind === 'trailer' || kind === 'bonus') return kind === 'trailer' ? 'Trailer' : 'Bonus';
  const count = (value: number | undefined) =>
    value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
  const number = count(rss.itunes?.episode ?? rss.podcast?.episode?.number);
  const season = count(rss.itunes?.season ?? rss.podcast?.season?.number);
  if (number === undefined) return undefined;
  return season === undefined ? `Episode ${number}` : `Season ${season}, episode ${number}`;
}

/**
 * The people an episode names (Podcasting 2.0's podcast:person); a show's, in its channel,
 * stand for every episode that names none.
 */
function castOf(
  persons: readonly { display?: string; role?: string; href?: string }[] | undefined,
): ItemFields['people'] {
  return persons?.length
    ? persons.map(({ display, role, href }) => ({ name: display, role, href }))
    : undefined;
}

/**
 * An episode's recording with the other files it comes in (Podcasting 2.0's alternate
 * enclosures: PeerTube's in each of its sizes and as audio alone), each at the first of its
 * sources a browser can download; not a torrent, an IPFS or magnet address, nor a stream.
 */
function withAlternates(
  attachments: Attachment[],
  alternates: PodcastNs.AlternateEnclosure[] | undefined,
  base: string,
): Attachment[] {
  const [recording, ...rest] = attachments;
  if (!recording || !alternates?.length) return attachments;
  const files = alternates.flatMap(({ type = '', title, height, sources, default: first }) => {
    const source = sources?.find(
      ({ uri = '', contentType = '' }) =>
        !/torrent/i.test(`${contentType} ${uri}`) && /^https?:/i.test(uri),
    );
    const url = safeUrl(source?.uri, base);
    const name = title?.trim() || (height ? `${height}p` : type);
    // A stream's playlist (HLS) is nothing to download.
    return url && name && /^(?:audio|video)\//i.test(type)
      ? [{ url, mimeType: type, title: name, first }]
      : [];
  });
  // The recording itself is among them: at its own address, or as the one marked first.
  const own =
    files.find(({ url }) => url === recording.url) ??
    files.find(({ first, mimeType }) => first && mimeType === recording.mimeType);
  const others = files
    .filter((file) => file !== own)
    .map(({ url, mimeType, title }) => ({ url, mimeType, title }));
  return others.length > 0 || own
    ? [
        {
          ...recording,
          ...(own && { variant: own.title }),
          ...(others.length > 0 && { alternates: others.slice(0, LIMITS.attachments) }),
        },
        ...rest,
      ]
    : attachments;
}

/** A language's name in English ("Spanish" for "es"), or its tag where none is known. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Transcript formats, the most readable first: a web page, plain text, then captions' timed
 * formats (WebVTT, SubRip) and the namespace's JSON, which are for players more than readers.
 */
const TRANSCRIPT_FORMATS = [/html/i, /^text\/plain/i, /vtt/i, /srt|subrip/i, /json/i];

/**
 * An episode's transcript (Podcasting 2.0), for those who read rather than listen: one in each
 * language, the most readable of the formats it comes in (Transistor gives each episode's in
 * five).
 */
function transcriptsOf(rss: RssFeed.Item<string>, base: string): Attachment[] {
  const rank = (type: string) => {
    const index = TRANSCRIPT_FORMATS.findIndex((format) => format.test(type));
    return index === -1 ? TRANSCRIPT_FORMATS.length : index;
  };
  const best = new Map<string, { transcript: Attachment; rank: number }>();
  for (const { url, type = 'text/plain', language } of rss.podcast?.transcripts ?? []) {
    const address = safeUrl(url, base);
    const spoken = language?.trim() ?? '';
    const kept = best.get(spoken.toLowerCase());
    if (!address || (kept && kept.rank <= rank(type))) continue;
    const title = spoken ? `Transcript (${languageName(spoken)})` : 'Transcript';
    best.set(spoken.toLowerCase(), {
      transcript: { url: address, mimeType: type, title },
      rank: rank(type),
    });
  }
  return [...best.values()].map(({ transcript }) => transcript);
}

/**
 * The address of an episode's chapters document, where it is JSON (`application/json+chapters`,
 * or plain `application/json` as many hosts write it); a type that names anything else is not.
 */
function jsonChapters(chapters: { url?: string; type?: string } | undefined): string | undefined {
  return chapters?.type === undefined || /json/i.test(chapters.type) ? chapters?.url : undefined;
}

/**
 * Where an aggregator's item comes from (Google News names the paper, not the author), as its
 * byline. Not a source on the item's own site: that is the feed itself, as some write it.
 */
function sourceOf(source: RssFeed.Source | undefined, link: string | undefined): Author[] {
  const url = safeUrl(source?.url);
  if (!url || (link && hostOf(url) === hostOf(link))) return [];
  return namesOf(source?.title ? [source.title] : []).map((paper) => ({ ...paper, url }));
}

/**
 * The comment feed of a post in Blogger's RSS, which names none: Blogger serves each post's
 * comments at an address made of the post's number, which its guid gives. Only where the item
 * counts its comments, as Blogger does when they are open.
 */
function bloggerComments(
  guid: string | undefined,
  link: string | undefined,
  count: number | undefined,
): string | undefined {
  const post = /^tag:blogger\.com,1999:blog-\d+\.post-(\d+)$/.exec(guid ?? '')?.[1];
  return post && count !== undefined ? safeUrl(`/feeds/${post}/comments/default`, link) : undefined;
}

/**
 * The replies to a Discourse topic: its lists name, as each item's `<source>`, the topic's own
 * feed at the topic's address with `.rss` added, which holds its posts.
 */
function discourseReplies(
  source: RssFeed.Source | undefined,
  link: string | undefined,
): string | undefined {
  return link && source?.url === `${link}.rss` ? safeUrl(source.url) : undefined;
}

/**
 * How many replies a Discourse topic has, where its list says how many posts it holds, the
 * first being the topic itself: "<small>52 posts - 6 participants</small>", before "Read full
 * topic", in the forum's language.
 */
function discourseCount(description: string | undefined): number | undefined {
  const close = DISCOURSE_CLOSE.exec(description ?? '')?.[0];
  const posts = close && /<small>\s*(\d+)[^<\d]+\d+[^<\d]*<\/small>/.exec(close)?.[1];
  return posts ? Math.max(0, Number(posts) - 1) : undefined;
}

function personsOf(persons: RssFeed.Person[]): Author[] {
  return persons.flatMap((person) => {
    // RSS 2.0 names an author as an e-mail address, often with the name in parentheses, and
    // sometimes with a note there instead (isNote).
    const said = person.email && person.name && isNote(person.name) ? undefined : person.name;
    // An author in escaped markup (`&lt;p&gt;Jane Doe&lt;/p&gt;`) reaches here as the parser
    // reads "Name <address>" into it: "p Jane Doe </p>". The element's text is the name.
    const unwrapped = said && /^([a-z][a-z\d]*) ([^<>]*)<\/\1\s*>$/i.exec(said.trim())?.[2];
    const name =
      personName(unwrapped || said) ?? personName(/\(([^)]+)\)/.exec(person.email ?? '')?.[1]);
    return name ? [{ name, url: safeUrl(person.link) }] : [];
  });
}

/**
 * A description as the summary's text: HTML, and once more where it was escaped twice, as
 * WordPress's comment feeds write theirs ("In reply to &lt;a href=…&gt;Ana&lt;/a&gt;."): its
 * text then holds whole elements, or a tag with attributes that the description's cut has
 * left open. A text that names a tag ("<i> and <b>") stays as it is.
 */
function descriptionText(description: string): string {
  const text = htmlToText(description);
  return ESCAPED_ELEMENT.test(text) || ESCAPED_TAG.test(text)
    ? summaryText(text)
    : summaryText(description, text);
}

const ESCAPED_ELEMENT = /<([a-z][a-z\d]*)\b[^<>]*>[^<]*<\/\1\s*>/i;

/**
 * A body that opens with HTML escaped twice, read as HTML: its escaped part, up to its first
 * tag of its own, where that holds whole elements once its entities are read (Reddit's post,
 * then its own "submitted by" links). Not a text that only names a tag ("&lt;b&gt; is bold").
 */
function onceEscaped(body: string | undefined): string | undefined {
  if (!body || !/^\s*&lt;(?:!--|[a-z])/i.test(body)) return body;
  const end = body.search(/<[a-z!/]/i);
  const escaped = end === -1 ? body : body.slice(0, end);
  const decoded = decodeEntities(escaped);
  return ESCAPED_ELEMENT.test(decoded) ? decoded + body.slice(escaped.length) : body;
}
const ESCAPED_TAG = /<[a-z][a-z\d]*\s+[a-z-]+\s*=\s*["'][^<>]*>/i;
