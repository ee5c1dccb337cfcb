import { parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { LoadError } from '../../../../lib/http';
import { attribute } from '../../../../lib/text';
import { buildArticle, itemLanguage, withLanguage } from '../normalize';
import type { ItemFields } from '../normalize';
import type { Article, FeedInfo, FeedPage } from '../types';
import { atomEntryFields, atomFeedInfo, atomNextUrl } from './atom-feed';
import { notAFeed } from './document-errors';
import { leadingItems } from './leading-items';
import { rssFeedInfo, rssItemFields, repeatedLinks, rssNextUrl } from './rss-feed';
import { contentId, ORIGINAL_REL } from './xml-shared';

export type XmlFormat = 'rss' | 'rdf' | 'atom';

interface Parsed {
  info: FeedInfo;
  items: (() => ItemFields)[];
  nextUrl?: string;
}

/** An RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0 document as the one FeedPage type. */
export function parseXmlFeed(text: string, pageUrl: string, format: XmlFormat): FeedPage {
  let parsed: Parsed;
  let cutOff = false;
  try {
    parsed = read(text, pageUrl, format);
  } catch (error) {
    const repaired = mended(text);
    try {
      if (repaired === text) throw error;
      parsed = read(repaired, pageUrl, format);
    } catch {
      // A document that ends in the middle of an item (a feed written or sent only in part):
      // its whole items are read, and the one cut short is counted as not shown.
      const whole = leadingItems(repaired, Number.MAX_SAFE_INTEGER, 1);
      if (whole === undefined) throw error;
      parsed = read(whole, pageUrl, format);
      cutOff = true;
    }
  }
  if (parsed.items.length === 0 && format !== 'atom') {
    // Items inside an element left open before them (feedjira's iTunes sample never closes
    // an `<itunes:category>`) are read where they belong.
    const closed = closedBeforeItems(text);
    if (closed !== text) {
      try {
        const found = read(closed, pageUrl, format);
        if (found.items.length > 0) parsed = found;
      } catch {
        // As it was: no items.
      }
    }
  }
  const seen = new Map<string, Article>();
  const articles: Article[] = [];
  let skipped = 0;
  for (const fields of parsed.items) {
    let article: Article | undefined;
    try {
      article = buildArticle(fields(), parsed.info.authors);
    } catch {
      article = undefined;
    }
    if (!article) {
      skipped += 1;
      continue;
    }
    const earlier = seen.get(article.id);
    if (earlier) {
      // The same post again, or a copy of it edited, is listed once; another post under the
      // same id, titled and dated otherwise (Scripting News gave two posts one guid), under an
      // id of its own.
      if (earlier.title === article.title || earlier.published === article.published) continue;
      article = { ...article, id: `${article.id} ${contentId([article.title])}` };
      if (seen.has(article.id)) continue;
    }
    seen.set(article.id, article);
    const language = itemLanguage(article.language ?? parsed.info.language, article);
    articles.push({ ...article, language });
  }
  const next = parsed.nextUrl;
  const loops = next === pageUrl || next === parsed.info.feedUrl;
  return {
    url: pageUrl,
    feed: withLanguage(parsed.info),
    articles,
    skipped: cutOff ? skipped + 1 : skipped,
    nextUrl: next && !loops ? next : undefined,
    missingItems: false,
  };
}

/**
 * The document with the elements still open where its first item starts closed there, but for
 * the channel and what holds it: an item belongs in the channel (RSS 2.0) or beside it (RSS
 * 1.0, in the document's root).
 */
function closedBeforeItems(text: string): string {
  const first = /<item[\s>]/.exec(text);
  if (!first) return text;
  const open: string[] = [];
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([\w:.-]+)[^>]*?(\/?)>/g;
  for (const [, closing, name, empty] of text.slice(0, first.index).matchAll(tags)) {
    if (!name || empty) continue;
    if (!closing) open.push(name);
    else if (open.includes(name)) open.length = open.lastIndexOf(name);
  }
  const holder = Math.max(open.lastIndexOf('channel'), 0);
  const left = open.slice(holder + 1).reverse();
  if (left.length === 0) return text;
  const closings = left.map((name) => `</${name}>`).join('');
  return text.slice(0, first.index) + closings + text.slice(first.index);
}

/**
 * A document the parser refused, mended where the fault is plain: a bare `<` in text ("1 < 2"),
 * which starts no element, comment or declaration; a last `>` missing ("</rss"); and a
 * document type's own declarations (Linux Journal's `<!DOCTYPE rss [<!ENTITY % HTMLlat1 …>]>`),
 * which the parser cannot read and which are never expanded anyway.
 */
function mended(text: string): string {
  return text
    .replace(/(<!DOCTYPE[^>[]*)\[[\s\S]*?\]\s*>/i, '$1>')
    .replace(/<(?![\p{L}_:/!?])/gu, '&lt;')
    .replace(/(<\/[\w:.-]+)\s*$/, '$1>');
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_LINK = /<link\s+xmlns=(["'])http:\/\/www\.w3\.org\/2005\/Atom\1/g;

/**
 * An RSS (or RSS 1.0) document spelled as the parser reads it, where it reads only one spelling:
 * - items' XHTML bodies (`<xhtml:body>`, or `<body>` in the XHTML namespace), the full text of
 *   some RSS 2.0 feeds of the 2000s, as content:encoded;
 * - Atom links that declare their namespace themselves (`<link xmlns="…/2005/Atom">`, as
 *   Disqus writes one before the channel's link), with its prefix, so that they are not taken
 *   for the channel's own link;
 * - FeedBurner's and Pheedo's `origLink` (originalLinks), and items' pictures, sources and full
 *   text in elements it does not read (looseItemFields);
 * - episodes' lengths written loosely (looseDurations).
 */
function spelledForParser(text: string): string {
  const linked = looseItemFields(
    looseDurations(originalLinks(text, false)).replace(
      ATOM_LINK,
      `<atom:link xmlns:atom=$1${ATOM}$1`,
    ),
  );
  if (!linked.includes(XHTML)) return linked;
  return linked.replace(
    /<(xhtml:)?body\b([^>]*)>([\s\S]*?)<\/\1body\s*>/g,
    (body, prefix: string | undefined, attributes: string, inner: string) => {
      if (!prefix && !attributes.includes(XHTML)) return body;
      const html = (prefix ? inner.replace(/<(\/?)xhtml:/g, '<$1') : inner).replaceAll(
        ']]>',
        ']]]]><![CDATA[>',
      );
      return `<content:encoded><![CDATA[${html}]]></content:encoded>`;
    },
  );
}

/**
 * An RSS 1.0 document without its channel's table of contents (`<items><rdf:Seq><rdf:li
 * rdf:resource="…">`): the parser keeps only the items that list names, by their `rdf:about`,
 * and BBC's press reviews named seven of twenty by another address. Every item is read, in the
 * document's order, as other readers read them.
 */
function withoutContents(text: string): string {
  let found = false;
  // Not one named in a comment (JavaWorld's `<!-- … <items> not matching … -->`).
  return text.replace(
    /<!--[\s\S]*?-->|<((?:[\w.-]+:)?)items\b[^>]*>[\s\S]*?<\/\1items\s*>/g,
    (match) => (found || match.startsWith('<!--') ? match : ((found = true), '')),
  );
}

/**
 * `itunes:duration` as the parser reads it ("1:02:03", "3723"), which takes no white space
 * around the time (KCRW's "\n\t00:28:59\t"), nor a fraction of a second (RSR's "00:04:49.0"),
 * nor a time in CDATA (FiveThirtyEight's `<![CDATA[30:34]]>`).
 */
function looseDurations(text: string): string {
  if (!text.includes('<itunes:duration>')) return text;
  return text.replace(
    /(<itunes:duration>)\s*(?:<!\[CDATA\[([^\]<]*)\]\]>|([^<]*))(?=\s*<\/itunes:duration>)/g,
    (_, open: string, inCdata: string | undefined, value: string | undefined) =>
      open + (inCdata ?? value ?? '').trim().replace(/^(\d+(?::\d+){0,2})[.,]\d+$/, '$1'),
  );
}

/**
 * FeedBurner's copies of feeds point each item at its own redirect (feedproxy.google.com, there
 * to count clicks) and give the publisher's address in `feedburner:origLink` (Pheedo's in
 * `pheedo:origLink`), an element the parser does not read: each such address becomes a link it reads, with rel ORIGINAL_REL, an
 * Atom link in RSS (`atom:link`) or a link of the Atom entry itself. The article's address is
 * then the publisher's, as its id and comment feed are.
 */
function originalLinks(text: string, atom: boolean): string {
  if (!/origLink/i.test(text)) return text;
  return text.replace(
    /<(feedburner|pheedo):origLink\s*>\s*([^<"\s]+?)\s*<\/\1:origLink\s*>/gi,
    (_, _service: string, href: string) =>
      atom
        ? `<link rel="${ORIGINAL_REL}" href="${href}"/>`
        : `<atom:link xmlns:atom="${ATOM}" rel="${ORIGINAL_REL}" href="${href}"/>`,
  );
}

const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
/** An element's text, in CDATA or not: a web address, or a name. */
const LOOSE_TEXT = '\\s*(?:<!\\[CDATA\\[)?\\s*([^<\\]]*?)\\s*(?:\\]\\]>)?\\s*<';
/** An item's picture in elements of no namespace the parser reads, the largest first. */
const LOOSE_PICTURES = [
  // Livemint's (HT Media): <thumbnail>, <smallimage>, <bigimage> and <image> sizes.
  new RegExp(`<bigimage>${LOOSE_TEXT}`),
  // Bing News search results.
  new RegExp(`<News:Image>${LOOSE_TEXT}`),
  // Hashnode's: a post's cover.
  new RegExp(`<hashnode:coverImage>${LOOSE_TEXT}`),
  // Hatena Bookmark's: the bookmarked page's own picture (its text's first is the site's icon).
  new RegExp(`<hatena:imageurl>${LOOSE_TEXT}`),
  // A channel's <image> written in an item (aktuality.sk's), or with a link (Bleacher Report's).
  new RegExp(`<image>\\s*<url>${LOOSE_TEXT}`),
  new RegExp(`<image>\\s*<link>${LOOSE_TEXT}`),
  new RegExp(`<image>${LOOSE_TEXT}`),
  // HDblog's two sizes.
  new RegExp(`<thumb_intermedia>${LOOSE_TEXT}`),
  new RegExp(`<thumb>${LOOSE_TEXT}`),
];
/**
 * Who an item is by, where the parser reads no name: Bing News's paper (`News:Source`); the
 * member who posted in a LiveJournal or Dreamwidth community (`lj:poster`, `dw:poster`), whose
 * feed names the community alone.
 */
const LOOSE_SOURCE = new RegExp(`<(?:News:Source|lj:poster|dw:poster)>${LOOSE_TEXT}`);
/** A LiveJournal or Dreamwidth post's count of comments, which are on its page alone. */
const REPLY_COUNT = /<(?:lj|dw):reply-count>\s*(\d+)\s*</;
const SLASH = 'http://purl.org/rss/1.0/modules/slash/';
/** An item's full text where Yandex's news feeds put it, and feeds written for them (ukr.net). */
const FULL_TEXT = /<(full-text|yandex:full-text|turbo:content)\b[^>]*>([\s\S]*?)<\/\1\s*>/;
/** A media:thumbnail whose address is its text (MyAnimeList's), not its url attribute. */
const THUMBNAIL_TEXT =
  /<media:thumbnail\b(?![^>]*\burl=)([^>]*)>\s*(?:<!\[CDATA\[)?\s*(https?:\/\/[^\s<\]]+)\s*(?:\]\]>)?\s*<\/media:thumbnail\s*>/g;

/**
 * An RSS 1.0 item's file (mod_enclosure): `<enc:enclosure rdf:resource="…" enc:type="…"
 * enc:length="…"/>`, or with its attributes unprefixed (Craigslist's pictures). Science's news
 * pictures and RDF podcasts write them.
 */
const RDF_ENCLOSURE = /<enc:enclosure\b([^>]*?)(?:\/>|>[\s\S]*?<\/enc:enclosure\s*>)/g;

/** An RSS 1.0 file as the `media:content` the parser reads: a picture, a recording or a video. */
function mediaOfEnclosure(_: string, attributes: string): string {
  const url = attribute(attributes, 'rdf:resource') ?? attribute(attributes, 'resource');
  if (!url || !/^https?:\/\//i.test(url.trim())) return '';
  const type = attribute(attributes, 'enc:type') ?? attribute(attributes, 'type');
  const length = attribute(attributes, 'enc:length') ?? attribute(attributes, 'length');
  return `<media:content xmlns:media="${MEDIA}" url="${escapedAttribute(url.trim())}"${
    type ? ` type="${escapedAttribute(type.trim())}"` : ''
  }${length && /^\s*\d+\s*$/.test(length) ? ` fileSize="${length.trim()}"` : ''}/>`;
}

/**
 * Items' pictures, sources and full text written in elements the parser does not read, as
 * those it does: an RSS 1.0 file (RDF_ENCLOSURE) as `media:content`; a picture as
 * `media:content`, where the item has neither media nor an image enclosure, and a
 * media:thumbnail's address as its attribute; Bing News's `News:Source`, the paper, and a
 * community's poster (LOOSE_SOURCE) as the byline (as Google News's `<source>` is), and its
 * count of comments (REPLY_COUNT) as slash:comments; the full text (FULL_TEXT) as
 * content:encoded, where the item has none. Only where an item holds such an
 * element, so most documents are not rewritten.
 */
function looseItemFields(text: string): string {
  const firstItem = text.search(/<item[\s>]/);
  const items = firstItem < 0 ? '' : text.slice(firstItem);
  if (
    !/<(?:bigimage|image|thumb|thumb_intermedia|News:Image|News:Source|hatena:imageurl|hashnode:coverImage|lj:poster|dw:poster|lj:reply-count|dw:reply-count)>/.test(
      items,
    ) &&
    !FULL_TEXT.test(items) &&
    !/<media:thumbnail\b(?![^>]*\burl=)[^>]*>\s*\S/.test(items) &&
    !items.includes('<enc:enclosure')
  ) {
    return text;
  }
  return text.replace(/<item[\s>][\s\S]*?<\/item\s*>/g, (whole) => {
    const item = whole
      .replace(
        THUMBNAIL_TEXT,
        (_, attributes: string, url: string) =>
          `<media:thumbnail${attributes} url="${escapedAttribute(url)}"/>`,
      )
      .replace(RDF_ENCLOSURE, mediaOfEnclosure);
    let added = '';
    const fullText = FULL_TEXT.exec(item)?.[2];
    if (fullText?.trim() && !/<content:encoded\b/.test(item)) {
      added += `<content:encoded xmlns:content="${CONTENT}">${fullText}</content:encoded>`;
    }
    if (!/<media:(?:content|thumbnail|group)\b|<enclosure\b[^>]*type=["']image\//.test(item)) {
      const picture = LOOSE_PICTURES.map((pattern) => pattern.exec(item)?.[1]).find((url) =>
        /^https?:\/\/\S+$/i.test(url ?? ''),
      );
      const url = picture && escapedAttribute(picture);
      if (url) added += `<media:content xmlns:media="${MEDIA}" medium="image" url="${url}"/>`;
    }
    const source = LOOSE_SOURCE.exec(item)?.[1];
    if (source && !/<(?:dc:creator|author)\b/.test(item)) {
      added += `<dc:creator xmlns:dc="${DC}">${escapedAttribute(source)}</dc:creator>`;
    }
    const replies = REPLY_COUNT.exec(item)?.[1];
    if (replies && !/<slash:comments\b/.test(item)) {
      added += `<slash:comments xmlns:slash="${SLASH}">${replies}</slash:comments>`;
    }
    return added ? item.replace(/<\/item\s*>$/, `${added}</item>`) : item;
  });
}

/** The member who posted a LiveJournal or Dreamwidth community's Atom entry, in an attribute. */
const ATOM_POSTER = /<(?:lj|dw):poster\b[^>]*?\buser=(["'])([^"'<>]+)\1/;

/**
 * A community's Atom entry as by its poster (`<lj:poster user="…"/>`), before any `<author>`,
 * which names the community, as LiveJournal's own reading of its feeds does.
 */
function communityPosters(text: string): string {
  if (!/<(?:lj|dw):poster\b/.test(text)) return text;
  return text.replace(/<entry[\s>][\s\S]*?<\/entry\s*>/g, (entry) => {
    const poster = ATOM_POSTER.exec(entry)?.[2]?.trim();
    if (!poster) return entry;
    return entry
      .replace(/<author\b[^>]*>[\s\S]*?<\/author\s*>/g, '')
      .replace(
        /<\/entry\s*>$/,
        `<author><name>${escapedAttribute(poster)}</name></author></entry>`,
      );
  });
}

/** Text as an attribute's value: entities kept, a bare `&` (from CDATA) or quote escaped. */
function escapedAttribute(text: string): string {
  return text
    .replace(/&(?!(?:[a-z]+|#\d+|#x[\da-f]+);)/gi, '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;');
}

/**
 * A whole document, to its root's end tag, that the parser finds nothing in and that has no item
 * or entry: a new blog's feed with no post yet (`<channel/>`), or one of elements no format
 * has. A feed with no articles, named by its address.
 */
const WHOLE =
  /<\/(?:rss|feed|rdf:RDF)\s*>\s*$|<(?:channel|feed)\b[^>]*\/>\s*(?:<\/(?:rss|rdf:RDF)\s*>\s*)?$/;

/**
 * RDF that holds something, but no channel: a FOAF profile, a licence, a project's DOAP, linked
 * from pages beside their feeds. Not a feed at all, where an empty `<rdf:RDF/>` is one with nothing
 * in it yet.
 */
const OTHER_RDF =
  /^(?![\s\S]*<(?:\w+:)?channel\b)[\s\S]*<rdf:RDF\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<\w/;

function read(text: string, pageUrl: string, format: XmlFormat): Parsed {
  let feed;
  try {
    feed =
      format === 'atom'
        ? ({ atom: parseAtomFeed(communityPosters(originalLinks(text, true))) } as const)
        : ({
            rss:
              format === 'rdf'
                ? parseRdfFeed(withoutContents(spelledForParser(text)))
                : parseRssFeed(spelledForParser(text)),
          } as const);
  } catch {
    if (format === 'rdf' && OTHER_RDF.test(text)) throw notAFeed();
    if (!WHOLE.test(text) || /<(?:item|entry)\b/.test(text)) {
      throw new LoadError(
        'format',
        'This feed could not be read: it is empty, cut off or not well-formed XML.',
      );
    }
    feed = format === 'atom' ? ({ atom: {} } as const) : ({ rss: {} } as const);
  }
  if ('atom' in feed) {
    const { atom } = feed;
    const { info, base } = atomFeedInfo(atom, pageUrl);
    const declared = Boolean(atom.xml?.base);
    const items = (atom.entries ?? []).map((entry) => () => atomEntryFields(entry, base, declared));
    return { info, items, nextUrl: atomNextUrl(atom, base) };
  }
  const { rss } = feed;
  const { info, base, cast } = rssFeedInfo(rss, pageUrl);
  const declared = Boolean(rss.xml?.base);
  const repeated = repeatedLinks(rss.items ?? []);
  const items = (rss.items ?? []).map(
    (item, index) => () => rssItemFields(item, base, declared, repeated[index], cast),
  );
  return { info, items, nextUrl: rssNextUrl(rss, base) };
}
