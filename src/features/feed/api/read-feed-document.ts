import { detectFormat } from '../../../lib/document-format';
import { fetchText, LoadError, parseJson } from '../../../lib/http';
import { feedRequests } from './feed-requests';
import { parseFeedPage } from './formats/json-feed';
import type { FeedPage } from './types';

/** Larger documents are refused with a message instead of hanging the tab. */
const MAX_DOCUMENT_LENGTH = 20 * 1024 * 1024;

/**
 * A fetched document as a FeedPage: what it is, from the document itself, then that format's
 * adapter. XML is parsed off the main thread; a web page leads to the feed it names
 * (autodiscovery). Every failure is a LoadError.
 */
export async function readFeedDocument(
  text: string,
  pageUrl: string,
  signal?: AbortSignal,
  discovered = false,
): Promise<FeedPage> {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    throw new LoadError('format', 'This feed is over 20 MB: too large to read here.');
  }
  const format = detectFormat(text);
  switch (format) {
    case 'json':
      return parseFeedPage(parseJson(text), pageUrl);
    case 'rss':
    case 'rdf':
    case 'atom': {
      const { readXmlFeed } = await import('./formats/read-xml-feed');
      return readXmlFeed(text, pageUrl, format, signal);
    }
    case 'html':
      if (!discovered) return discover(text, pageUrl, signal);
      throw new LoadError('format', 'The feed this page names is a web page, not a feed.');
    default:
      throw new LoadError(
        'format',
        'This is not a feed: Broadsheet reads JSON Feed, RSS and Atom.',
      );
  }
}

async function discover(html: string, pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  const { discoverFeeds, postsFeeds } = await import('./formats/discover');
  const feeds = postsFeeds(discoverFeeds(html, pageUrl));
  const [only] = feeds;
  if (feeds.length === 1 && only) {
    const text = await feedRequests.run(() => fetchText(only.url, signal), signal);
    return readFeedDocument(text, only.url, signal, true);
  }
  if (feeds.length === 0) {
    throw new LoadError(
      'format',
      'This is a web page, not a feed, and it names no feed of its own.',
    );
  }
  throw new LoadError(
    'choose',
    'This page names several feeds. Choose one to read:',
    undefined,
    feeds.map(({ url, title }) => ({ url, title })),
  );
}
