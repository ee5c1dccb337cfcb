import { parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { LoadError } from '../../../../lib/http';
import { buildArticle } from '../normalize';
import type { ItemFields } from '../normalize';
import type { Article, FeedInfo, FeedPage } from '../types';
import { atomEntryFields, atomFeedInfo, atomNextUrl } from './atom-feed';
import { leadingItems } from './leading-items';
import { rssFeedInfo, rssItemFields, repeatedLinks, rssNextUrl } from './rss-feed';
import { originalLinks } from './xml-shared';

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
  const seen = new Set<string>();
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
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push({ ...article, language: article.language ?? parsed.info.language });
  }
  const next = parsed.nextUrl;
  const loops = next === pageUrl || next === parsed.info.feedUrl;
  return {
    url: pageUrl,
    feed: parsed.info,
    articles,
    skipped: cutOff ? skipped + 1 : skipped,
    nextUrl: next && !loops ? next : undefined,
    missingItems: false,
  };
}

/**
 * An ill-formed document mended where the fault is plain: a bare `<` in text ("1 < 2"), which
 * starts no element, comment or declaration, and a last `>` missing ("</rss").
 */
function mended(text: string): string {
  return text.replace(/<(?![\p{L}_:/!?])/gu, '&lt;').replace(/(<\/[\w:.-]+)\s*$/, '$1>');
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const ATOM_LINK = /<link\s+xmlns=(["'])http:\/\/www\.w3\.org\/2005\/Atom\1/g;

/**
 * An RSS document spelled as the parser reads it, where it reads only one spelling:
 * - items' XHTML bodies (`<xhtml:body>`, or `<body>` in the XHTML namespace), the full text of
 *   some RSS 2.0 feeds of the 2000s, as content:encoded;
 * - Atom links that declare their namespace themselves (`<link xmlns="…/2005/Atom">`, as
 *   Disqus writes one before the channel's link), with its prefix, so that they are not taken
 *   for the channel's own link.
 */
function spelledForParser(text: string): string {
  const linked = text.replace(ATOM_LINK, '<atom:link xmlns:atom=$1http://www.w3.org/2005/Atom$1');
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

function read(text: string, pageUrl: string, format: XmlFormat): Parsed {
  let feed;
  try {
    feed =
      format === 'atom'
        ? ({ atom: parseAtomFeed(originalLinks(text, true)) } as const)
        : ({
            rss:
              format === 'rdf'
                ? parseRdfFeed(text)
                : parseRssFeed(spelledForParser(originalLinks(text, false))),
          } as const);
  } catch {
    throw new LoadError(
      'format',
      'This feed could not be read: it is empty, cut off or not well-formed XML.',
    );
  }
  if ('atom' in feed) {
    const { atom } = feed;
    const { info, base } = atomFeedInfo(atom, pageUrl);
    const declared = Boolean(atom.xml?.base);
    const items = (atom.entries ?? []).map((entry) => () => atomEntryFields(entry, base, declared));
    return { info, items, nextUrl: atomNextUrl(atom, base) };
  }
  const { rss } = feed;
  const { info, base } = rssFeedInfo(rss, pageUrl);
  const declared = Boolean(rss.xml?.base);
  const repeated = repeatedLinks(rss.items ?? []);
  const items = (rss.items ?? []).map(
    (item, index) => () => rssItemFields(item, base, declared, repeated[index]),
  );
  return { info, items, nextUrl: rssNextUrl(rss, base) };
}
