import { decodeComponent } from '../../../../lib/safe';
import { decodeEntities, htmlToText } from '../../../../lib/text';
import { LIMITS } from '../limits';
import { clean, safeUrl } from '../normalize';

/** A feed a web page names in its head (`<link rel="alternate" type="application/rss+xml">`). */
export interface DiscoveredFeed {
  url: string;
  title?: string;
  type: string;
}

// The registered types, and the same without "+xml" as some sites write them by hand.
const FEED_TYPES = /^application\/(?:(?:rss|atom|rdf|feed)\+(?:xml|json)|rss|atom|rdf)$/i;
/** WordPress titles its comment feeds in the site's language. */
const COMMENTS = new RegExp(
  [
    String.raw`\bcomments?\b|kommentar|kommentaa|kommentt?i|komentar|komentá|komentā|commentaire`,
    String.raw`comentari|comentári|commenti|reactie|yorum|hozzászól|iruzkin|sylwadau|athugasemd`,
    String.raw`σχόλι|коммент|комент|תגובות|تعليق|دیدگاه|bình luận|ความเห็น|ความคิดเห็น|टिप्पणी`,
    String.raw`コメント|评论|評論|留言|댓글`,
  ].join('|'),
  'i',
);
const LINK = /<link\b[^>]*>/gi;
/** Sites that some heads still name as feeds (Inquisitr's "Twitter"), which publish none. */
const NO_FEEDS = /(?:^|\.)(?:twitter|x|facebook|instagram|linkedin)\.com$/i;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The feeds a page names, in its order, resolved against its `<base href>` or its address:
 * those in its head, or where the head names none, those in its body (Slashdot, nixos.org).
 * Read without a DOM, so it runs wherever the feed parsers run.
 */
export function discoverFeeds(page: string, pageUrl: string): DiscoveredFeed[] {
  const html = withoutInertText(page);
  const end = headEnd(html);
  const base = baseOf(html, pageUrl);
  const named = feedLinks(html.slice(0, end), base);
  return named.length > 0 ? named : feedLinks(html.slice(end), base);
}

/** The name a site gives itself in its page's head: `og:site_name`, else `application-name`. */
export function siteName(page: string): string | undefined {
  const html = withoutInertText(page);
  const names = new Map<string, string>();
  for (const [tag] of html.slice(0, headEnd(html)).matchAll(/<meta\b[^>]*>/gi)) {
    const { property, name, content } = attributesOf(tag);
    const key = (property ?? name)?.toLowerCase();
    const value = clean(content, LIMITS.titleLength);
    if (key && value && !names.has(key)) names.set(key, value);
  }
  return names.get('og:site_name') ?? names.get('application-name');
}

/** What the page's links are relative to: its `<base href>` (TYPO3's), else its address. */
function baseOf(html: string, pageUrl: string): string {
  const head = html.slice(0, headEnd(html));
  return safeUrl(attributesOf(/<base\b[^>]*>/i.exec(head)?.[0] ?? '').href, pageUrl) ?? pageUrl;
}

/**
 * The page less what says nothing: comments (a link an old theme left in one, Internet
 * Explorer's conditional ones) and scripts' text.
 */
function withoutInertText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, '');
}

function feedLinks(html: string, base: string): DiscoveredFeed[] {
  const feeds: DiscoveredFeed[] = [];
  for (const [tag] of html.matchAll(LINK)) {
    const { rel = '', type = '', href, title, hreflang, media } = attributesOf(tag);
    const rels = rel.toLowerCase().split(/\s+/);
    const url = safeUrl(href, base);
    // The words of its title and path, not its host's ("…newsfeed.com"), say what it is.
    const address = url ? new URL(url) : undefined;
    const path = address?.pathname ?? '';
    const words = `${title ?? ''} ${path}`;
    // Untyped, or typed as any file (ultimasnoticias.com.ve's WordPress), a link that is no
    // page in another language or for another medium may still name a feed by its words.
    const untyped = /^(?:application\/octet-stream)?$/i.test(type.trim()) && !hreflang && !media;
    // rel="feed" names a feed, of a type it may leave unsaid, or an HTML page (h-feed).
    const named =
      (rels.includes('alternate') &&
        (isFeed(type.trim(), words) || (untyped && /feed|rss|atom/i.test(words)))) ||
      (rels.includes('feed') &&
        (type.trim() === ''
          ? FEED_PATH.test(path) || /\b(?:rss|atom)\b/i.test(title ?? '')
          : isFeed(type.trim(), words)));
    if (
      !named ||
      !url ||
      NO_FEEDS.test(address?.hostname ?? '') ||
      // WordPress's REST API names a post's JSON, which is no feed.
      path.includes('/wp-json/')
    ) {
      continue;
    }
    if (feeds.some((feed) => sameAddress(feed.url, url))) continue;
    feeds.push({ url, title: title?.trim() || undefined, type: type.trim().toLowerCase() });
  }
  return feeds;
}

/**
 * The feeds a reader means when they give a site's address: not its comment feeds (WordPress
 * names "Comments Feed" beside the posts feed, and a post's page may name only its own), and
 * each once, not again in another format (Blogger's "- Atom" and "- RSS", NPR's RSS and JSON).
 */
export function postsFeeds(feeds: readonly DiscoveredFeed[], pageUrl?: string): DiscoveredFeed[] {
  // A post's own feed, in its folder, is its comments whatever the language ("/post/feed/json/").
  const post = pageUrl && isPostPage(pageUrl) ? pageUrl.replace(/[?#].*$/, '') : undefined;
  const posts = feeds.filter(
    (feed) =>
      !COMMENTS.test(feed.title ?? '') &&
      !isCommentsAddress(feed.url) &&
      !(post && feed.url.startsWith(post.replace(/\/?$/, '/'))),
  );
  return posts.filter(
    (feed, index) =>
      !posts.some(
        (other) => other !== feed && other.url.replace(/\/?$/, '/') === formatVariantOf(feed.url),
      ) &&
      (feed.title === undefined ||
        !posts
          .slice(0, index)
          .some(
            (earlier) =>
              earlier.title !== undefined &&
              formatless(earlier.title) === formatless(feed.title ?? '') &&
              sameSite(siteOf(new URL(earlier.url).hostname), siteOf(new URL(feed.url).hostname)),
          )),
  );
}

/**
 * A comments feed's address: "/comments/feed/", WordPress's plain `?feed=comments-rss2`, or a
 * post's or page's own feed there (`?feed=rss2&p=42`).
 */
function isCommentsAddress(url: string): boolean {
  return (
    /\/comments?\/|[?&]feed=comments-/i.test(url) ||
    (/[?&]feed=/i.test(url) && /[?&](?:p|page_id)=\d/i.test(url))
  );
}

/**
 * The feed a WordPress feed in another format is a version of: "/feed/" for "/feed/rss/",
 * "/feed/atom/" or "/feed/rdf" (which WordPress's old themes name "RSS .92", "Atom 0.3").
 */
function formatVariantOf(url: string): string | undefined {
  const match = /^(.*\/feed)\/(?:rss2?|rdf|atom)\/?$/i.exec(url);
  return match ? `${match[1]}/` : undefined;
}

/**
 * A feed's title without the format it names, wherever it names it: "Harbour - Atom", "Harbour
 * (RSS 2.0)", "Harbour - RSS2.0", "Harbour » JSON Feed" and "Harbour » Feed" agree, as do SWR's
 * "Seite als Atom-Feed" and "Seite als RSS-Feed", and WordPress's "RSS .92" and "Atom 0.3", and
 * heise's "… (für ältere RSS-Reader)", a copy for older readers.
 */
function formatless(title: string): string {
  return title
    .toLowerCase()
    .replace(/\([^()]*\b(?:rss|atom|json|rdf|xml)\b[^()]*\)/g, ' ')
    .replace(
      /\b(?:rss|atom|json|rdf|xml)(?=[\s\d.()-]|$)(?:\s*\(?\s*\d*(?:\.\d+)*\s*\)?)?|\bfeed\b/g,
      ' ',
    )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Two ways to write one feed's address: "/feed" and "/feed/", over http and https (Folha, Fox
 * News), in capitals or not (the Jerusalem Post's "/rss" and "/RSS/"), with a fragment (Time's
 * "/time/rss#rssfeeds").
 */
function sameAddress(a: string, b: string): boolean {
  const plain = (address: string) =>
    address
      .replace(/#.*$/, '')
      .replace(/^https?:|\/$/g, '')
      .toLowerCase();
  return plain(a) === plain(b);
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
/** The paths feeds are published at: /feed, /rss.xml, /atom.xml, /index.xml, posts.rss… */
const FEED_PATH =
  /(?:\/(?:feed|rss|atom)(?:\.(?:xml|rss|atom|rdf|json))?\/?|\/index\.xml|\.(?:rss|atom|rdf)|\/feeds\/posts\/default)$/i;

/** Words that say a link leads to a feed: "RSS", "RSS-Feed", "Flux RSS", "Artikel als RSS". */
const SAYS_FEED = /\b(?:rss|atom|feed)\b/i;
/** An address with a feed's word anywhere in it: "/fiction/syndication/63759", "/rss2.php". */
const FEED_WORD = /rss|atom|rdf|feed|syndication/i;
/** A web page by its file's name, whatever its link says (a page listing a site's feeds). */
const PAGE_FILE = /\.(?:s?html?|cms)$/i;

/**
 * The feeds a page without feed links in its head links to from its text ("RSS", "Subscribe"):
 * on its own site (or FeedBurner), by a feed's usual path, in the page's order. `loosely`, also
 * a link on its own site whose words say RSS or feed and whose address has a feed's word in it
 * anywhere (Royal Road's "RSS" at "/fiction/syndication/63759", "Flux RSS" at "/rss-feed.xml",
 * "RSS-Feed" at "/rss2.php"): guesses to try, not feeds to offer.
 */
export function linkedFeeds(html: string, pageUrl: string, loosely = false): DiscoveredFeed[] {
  const site = siteOf(new URL(pageUrl).hostname);
  const base = baseOf(html, pageUrl);
  const feeds: DiscoveredFeed[] = [];
  for (const [, attributes = '', content = ''] of withoutInertText(html).matchAll(ANCHOR)) {
    const { href, title } = attributesOf(attributes);
    const url = safeUrl(href, base);
    if (!url || feeds.some((feed) => sameAddress(feed.url, url))) continue;
    const { hostname, pathname, search } = new URL(url);
    const feedBurner = hostname === 'feeds.feedburner.com';
    const text = htmlToText(content) || title?.trim();
    const feedLike =
      FEED_PATH.test(pathname) ||
      /[?&]feed=(?:rss2?|atom|rdf)\b/i.test(search) ||
      (loosely &&
        !PAGE_FILE.test(pathname) &&
        FEED_WORD.test(pathname + search) &&
        SAYS_FEED.test(`${text ?? ''} ${title ?? ''}`));
    if (!feedBurner && !(feedLike && sameSite(siteOf(hostname), site))) continue;
    feeds.push({ url, title: text || undefined, type: '' });
  }
  // Guesses are each tried: none is another's copy for a title that says only "RSS".
  return loosely
    ? feeds.filter((feed) => postsFeeds([feed], pageUrl).length > 0)
    : postsFeeds(feeds, pageUrl);
}

/**
 * Where a site that names no feed most likely keeps one, tried in this order: WordPress and
 * Substack (/feed), Drupal and Gatsby (/rss.xml), Jekyll (/feed.xml), Hexo and Zola
 * (/atom.xml), Hugo (/index.xml), Ghost and Tumblr (/rss), JSON Feed (/feed.json). In a
 * section's folder first when the page is one (/blog/), then at the site's root; for a page
 * further in (a post), at the root first, then in its section, and never in the post's own
 * folder, where WordPress answers with that post's comments (a post at the root, "/a-post-s-
 * slug/", has no section).
 */
export function usualFeedAddresses(pageUrl: string): string[] {
  const names = ['feed', 'rss.xml', 'feed.xml', 'atom.xml', 'index.xml', 'rss', 'feed.json'];
  const page = new URL(pageUrl);
  const root = `${page.origin}/`;
  const parts = page.pathname.split('/').filter(Boolean);
  const [first] = parts;
  const folder = parts.length > 1 || page.pathname.endsWith('/') || !first?.includes('.');
  const section = first && folder && !isSlug(first) ? new URL(`/${first}/`, root).href : root;
  const folders = new Set(parts.length > 1 ? [root, section] : [section, root]);
  return [...folders].flatMap((each) => names.map((name) => new URL(name, each).href));
}

/**
 * A post's page, by the slug its address ends in (not a section's: "/category/tech/"), or by
 * its number alone at the site's root, as hypotheses.org's blogs give it ("/822").
 */
function isPostPage(pageUrl: string): boolean {
  const parts = new URL(pageUrl).pathname.split('/').filter(Boolean);
  const last = parts.at(-1) ?? '';
  return isSlug(last) || (parts.length === 1 && /^\d+$/.test(last));
}

/** A post's name in its address ("state-of-washington-swears-in"), not a section's ("world-news"). */
function isSlug(part: string): boolean {
  return (part.match(/-/g)?.length ?? 0) >= 2;
}

/**
 * Where sites that name no feed on their pages keep one all the same: a Medium writer's or
 * publication's, a YouTube channel's (its id is in the page), a GitHub repository's releases
 * or a user's activity, a Bluesky profile's posts, a subreddit's or a Reddit user's posts.
 */
export function siteFeedAddresses(html: string, pageUrl: string): string[] {
  const { hostname, pathname } = new URL(pageUrl);
  const host = siteOf(hostname);
  const [first = '', second = ''] = pathname.split('/').filter(Boolean).map(decodeComponent);
  const at = (path: string, origin = `https://${hostname}`) => new URL(path, origin).href;
  if (host === 'medium.com' && first) {
    return [at(first === 'tag' && second ? `/feed/tag/${second}` : `/feed/${first}`)];
  }
  if (host === 'youtube.com' || host === 'm.youtube.com') {
    const channel =
      /^UC[\w-]{22}$/.exec(second)?.[0] ??
      /(?:itemprop="(?:channelId|identifier)"\s+content="|"(?:channelId|externalId)":")(UC[\w-]{22})"/.exec(
        html,
      )?.[1];
    return channel
      ? [at(`/feeds/videos.xml?channel_id=${channel}`, 'https://www.youtube.com')]
      : [];
  }
  if (host === 'github.com' && first) {
    return second
      ? [at(`/${first}/${second}/releases.atom`), at(`/${first}/${second}/commits.atom`)]
      : [at(`/${first}.atom`)];
  }
  // A Bluesky profile's posts, from the profile or one of its posts.
  if (host === 'bsky.app' && first === 'profile' && second) {
    return [at(`/profile/${encodeURIComponent(second)}/rss`)];
  }
  if (host === 'reddit.com' || host === 'old.reddit.com') {
    return (first === 'r' || first === 'user' || first === 'u') && second
      ? [at(`/${first}/${second}/.rss`, 'https://www.reddit.com')]
      : [];
  }
  return [];
}

/** A host without its "www.": a page on www.example.org and its feed on example.org agree. */
function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * How a feed is offered among several: by its title, or where it has none by its format and
 * file ("Atom feed · atom.xml").
 */
function choiceTitle({ url, title, type }: DiscoveredFeed): string {
  if (title) return title;
  const format = /json/i.test(type)
    ? 'JSON Feed'
    : /atom/i.test(type)
      ? 'Atom feed'
      : /rss|rdf/i.test(type)
        ? 'RSS feed'
        : 'Feed';
  const file = new URL(url).pathname.split('/').filter(Boolean).pop();
  return file ? `${format} · ${file}` : format;
}

/** How each of several feeds is offered: two that would read alike also name their address. */
export function choiceTitles(feeds: readonly DiscoveredFeed[]): string[] {
  const titles = feeds.map(choiceTitle);
  const addresses = feeds.map(({ url }) => new URL(url));
  const places = addresses.map(({ hostname, pathname }) => siteOf(hostname) + pathname);
  return titles.map((title, i) => {
    if (titles.indexOf(title) === titles.lastIndexOf(title)) return title;
    // And by their query where that alone tells them apart (Euronews's "/rss?level=program").
    const place = places[i] ?? '';
    const alike = places.filter((other, j) => other === place && titles[j] === title).length > 1;
    return `${title} · ${place}${alike ? (addresses[i]?.search ?? '') : ''}`;
  });
}

/**
 * An address of one part of a site only: an author's, a tag's, a category's, a topic's or a
 * section's feed (Page Six links an author's from its byline, ZDNet names a topic's) or page,
 * or a WordPress plugin's feed (a message board's). Where a page names no other feed, the
 * site's own is looked for first.
 */
export function isNarrowFeed(url: string): boolean {
  return /\/(?:author|contributors?|tag|tags|category|categories|topics?|sections?)\/|\/wp-content\/plugins\//i.test(
    new URL(url).pathname,
  );
}

/**
 * The feeds a reader means among those a page names: the site's, not its parts' (a post's
 * categories and tags, as hypotheses.org's blogs name eight; a show's tags beside the show's
 * and the station's, as WNYC's pages), unless the page is one of those parts. None where the
 * page names its parts' alone: the site's own is looked for first.
 */
export function meantFeeds(feeds: readonly DiscoveredFeed[], pageUrl: string): DiscoveredFeed[] {
  return isNarrowFeed(pageUrl) ? [...feeds] : feeds.filter((feed) => !isNarrowFeed(feed.url));
}

/** The same site, or one of its subdomains (feeds.example.org for example.org). */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * A feed's type, or a generic one (early JSON Feeds as `application/json`, old RSS as
 * `text/xml`) with a title or address that names it a feed. RDF that is a licence (gnu.org's
 * pages name "/licenses/gpl-3.0.rdf") or a person or project (FOAF, DOAP) is no news.
 */
function isFeed(type: string, words: string): boolean {
  return (
    (FEED_TYPES.test(type) && !(/rdf/i.test(type) && /licen[cs]e|foaf|doap/i.test(words))) ||
    (/^(?:application|text)\/(?:json|xml)$/i.test(type) && /feed|rss|atom/i.test(words))
  );
}

function headEnd(html: string): number {
  const end = html.search(/<\/head\s*>|<body\b/i);
  return end === -1 ? Math.min(html.length, 256 * 1024) : end;
}

function attributesOf(tag: string): Record<string, string | undefined> {
  const attributes: Record<string, string | undefined> = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || name in attributes) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes[name] = decodeEntities(value);
  }
  return attributes;
}
