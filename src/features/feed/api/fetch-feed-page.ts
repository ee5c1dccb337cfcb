import { fetchText, LoadError, parseJson } from '../../../lib/http';
import { detectFormat } from '../../../lib/document-format';
import type { FeedPage } from './types';

/**
 * The one way a feed page arrives: fetch → bytes to text → what the document is → that format's
 * adapter → FeedPage. Every failure is a LoadError. Each adapter's code downloads alongside the
 * document instead of holding up the first paint; XML is parsed off the main thread.
 */
export async function fetchFeedPage(pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  const text = fetchText(pageUrl, signal);
  const jsonAdapter = import('./normalize');
  const body = await text;
  const format = detectFormat(body);
  switch (format) {
    case 'json':
      return (await jsonAdapter).parseFeedPage(parseJson(body), pageUrl);
    case 'rss':
    case 'rdf':
    case 'atom': {
      const { readXmlFeed } = await import('./formats/read-xml-feed');
      return readXmlFeed(body, pageUrl, format, signal);
    }
    case 'html':
      throw new LoadError(
        'format',
        'This is a web page, not a feed, and it names no feed of its own.',
      );
    default:
      throw new LoadError(
        'format',
        'This is not a feed: Broadsheet reads JSON Feed, RSS and Atom.',
      );
  }
}
