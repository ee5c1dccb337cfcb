import { parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { LoadError } from '../../../../lib/http';
import { buildArticle } from '../normalize';
import type { ItemFields } from '../normalize';
import type { Article, FeedInfo, FeedPage } from '../types';
import { atomEntryFields, atomFeedInfo, atomNextUrl } from './atom-feed';
import { rssFeedInfo, rssItemFields, rssNextUrl } from './rss-feed';

export type XmlFormat = 'rss' | 'rdf' | 'atom';

interface Parsed {
  info: FeedInfo;
  base: string;
  baseDeclared: boolean;
  items: (() => ItemFields)[];
  nextUrl?: string;
  hasItemList: boolean;
}

/** An RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0 document as the one FeedPage type. */
export function parseXmlFeed(text: string, pageUrl: string, format: XmlFormat): FeedPage {
  const parsed = read(text, pageUrl, format);
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
    skipped,
    nextUrl: next && !loops ? next : undefined,
    missingItems: !parsed.hasItemList,
  };
}

function read(text: string, pageUrl: string, format: XmlFormat): Parsed {
  let document;
  try {
    if (format === 'atom') {
      document = { format, feed: parseAtomFeed(text) } as const;
    } else if (format === 'rdf') {
      document = { format, feed: parseRdfFeed(text) } as const;
    } else {
      document = { format, feed: parseRssFeed(text) } as const;
    }
  } catch {
    throw new LoadError(
      'format',
      'This feed could not be read: it is empty, cut off or not well-formed XML.',
    );
  }
  if (document.format === 'atom') {
    const { feed } = document;
    const { info, base } = atomFeedInfo(feed, pageUrl);
    const baseDeclared = Boolean(feed.xml?.base);
    return {
      info,
      base,
      baseDeclared,
      items: (feed.entries ?? []).map((entry) => () => atomEntryFields(entry, base, baseDeclared)),
      nextUrl: atomNextUrl(feed, base),
      hasItemList: true,
    };
  }
  const { feed } = document;
  const { info, base } = rssFeedInfo(feed, pageUrl);
  const baseDeclared = Boolean(feed.xml?.base);
  return {
    info,
    base,
    baseDeclared,
    items: (feed.items ?? []).map((item) => () => rssItemFields(item, base, baseDeclared)),
    nextUrl: rssNextUrl(feed, base),
    hasItemList: true,
  };
}
