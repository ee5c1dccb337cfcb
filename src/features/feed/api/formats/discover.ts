import { decodeEntities } from '../../../../lib/text';
import { safeUrl } from '../normalize';

/** A feed a web page names in its head (`<link rel="alternate" type="application/rss+xml">`). */
export interface DiscoveredFeed {
  url: string;
  title?: string;
  type: string;
}

const FEED_TYPES = /^application\/(rss|atom|rdf|feed)\+(xml|json)$/i;
const LINK = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The feeds a page names, in its order, resolved against its `<base href>` or its address.
 * Read without a DOM, so it runs wherever the feed parsers run.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const head = html.slice(0, headEnd(html));
  const base = safeUrl(attributesOf(/<base\b[^>]*>/i.exec(head)?.[0] ?? '').href, pageUrl);
  const feeds: DiscoveredFeed[] = [];
  for (const [tag] of head.matchAll(LINK)) {
    const { rel = '', type = '', href, title } = attributesOf(tag);
    const rels = rel.toLowerCase().split(/\s+/);
    const url = safeUrl(href, base ?? pageUrl);
    if (
      !rels.includes('alternate') ||
      !isFeed(type.trim(), `${title ?? ''} ${href ?? ''}`) ||
      !url
    ) {
      continue;
    }
    if (feeds.some((feed) => feed.url === url)) continue;
    feeds.push({ url, title: title?.trim() || undefined, type: type.trim().toLowerCase() });
  }
  return feeds;
}

/**
 * The feeds a reader means when they give a site's address: its comment feeds left out when
 * there is anything else (WordPress names "Comments Feed" beside the posts feed).
 */
export function postsFeeds(feeds: readonly DiscoveredFeed[]): DiscoveredFeed[] {
  const posts = feeds.filter(
    (feed) => !/\bcomments?\b/i.test(feed.title ?? '') && !/\/comments?\//i.test(feed.url),
  );
  return posts.length > 0 ? posts : [...feeds];
}

/** Early JSON Feeds were announced as plain `application/json`, named as a feed. */
function isFeed(type: string, words: string): boolean {
  return FEED_TYPES.test(type) || (/^application\/json$/i.test(type) && /feed/i.test(words));
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
